// What the page records about its own load, installed before any of its scripts run
// (page.addInitScript). Plain JavaScript text: it runs in the page, untouched by tsx.
//
// "Drawn": the first scenario opens at t = 0, before any segment is sent, so there is no
// arrow (`[data-segment-id]`) yet; what the user sees is the space-time diagram: both lane
// regions ("Client", "Server", the accessibility contract of issue #3) showing their TCP state
// as text, and the diagram's SVG (time axis) with a non-empty box. Once all of that is in the
// DOM: if that happened before First Contentful Paint (the prerendered page), the first paint
// contains it and "drawn" is FCP. Otherwise it is the end of the first frame rendered after
// it: the time taken in a task posted from the requestAnimationFrame callback that follows,
// which runs after that frame's style, layout and paint (and after any task queued before it,
// so it errs late, never early). Either way never earlier than FCP.

export interface LoadProbe {
  /** When the lanes and the diagram were first all in the DOM. */
  diagramInDomMs: number | null;
  drawnFrameMs: number | null;
  box: { width: number; height: number; top: number; inViewport: boolean } | null;
  fcpMs: number | null;
  longTasks: { startMs: number; durationMs: number }[];
}

export const LOAD_PROBE_SCRIPT = `
(() => {
  const probe = { diagramInDomMs: null, drawnFrameMs: null, box: null, fcpMs: null, longTasks: [] };
  window.__loadProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ startMs: e.startTime, durationMs: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'first-contentful-paint') probe.fcpMs = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (error) {
    probe.error = String(error);
  }
  const found = () => {
    // The page may hold several prerendered layouts, all but one hidden by CSS: look for a
    // shown one (non-empty box) of each part.
    const shown = (selector, test) =>
      Array.from(document.querySelectorAll(selector)).find((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (!test || test(e));
      });
    // Cheap test first: this runs at every parser chunk, and boxes force a layout.
    if (!document.querySelector('svg')) return false;
    const hasState = (e) => /[A-Z]{4,}/.test(e.textContent || '');
    if (!shown('[role="region"][aria-label="Client"]', hasState)) return false;
    if (!shown('[role="region"][aria-label="Server"]', hasState)) return false;
    const el = shown('svg[aria-label^="Space-time diagram"]') || shown('svg.diagram');
    if (!el) return false;
    probe.diagramInDomMs = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.drawnFrameMs = performance.now();
        // With the stylesheet applied now, the diagram actually shown (null: none is).
        const now = shown('svg[aria-label^="Space-time diagram"]') || shown('svg.diagram');
        const b = now && now.getBoundingClientRect();
        probe.box = b && {
          width: b.width,
          height: b.height,
          top: b.top,
          inViewport: b.bottom > 0 && b.top < innerHeight && b.right > 0 && b.left < innerWidth,
        };
      };
      channel.port2.postMessage(0);
    });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (found()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();
`;
