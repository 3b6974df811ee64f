// Work that the page should do soon but not now: when it is idle (requestIdleCallback), or
// after `timeoutMs` at the latest. Browsers without idle callbacks (Safari) run it after a
// short delay instead. Returns a function that cancels it.
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}
