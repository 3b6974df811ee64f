// Build-time prerender (run in Node by vite.config.ts): the app's first frame as HTML, so the
// default scenario's diagram is painted as soon as the page and its stylesheet arrive, before
// any script runs. The client then renders the same tree from the same state into #root,
// which replaces this markup in the same frame it commits (see main.tsx).
//
// The diagram's geometry depends on its width, which only the browser knows. So the frame is
// drawn once per common window width and a media query shows the one that fits the window;
// the client then lays it out at the exact width.
import { renderToString } from 'react-dom/server';
import type { Trace } from '../core/trace.ts';
import { NOT_WARMED } from '../protocol/messages.ts';
import type { SimClient } from '../protocol/sim-client.ts';
import { createLabStore } from '../state/store.ts';
import { initialLabState, LabRoot } from './prerender-root.tsx';
import { PrerenderSizeContext } from './prerender-size.ts';
import { SIDE_RAIL } from './transport-height.ts';

/** Window widths drawn; each frame is shown from its width up to the next one's. */
export const FRAME_WINDOW_WIDTHS = [390, 600, 820, 1024, 1280, 1440, 1920] as const;

/** Below this window width the side panel goes under the diagram (app.css, max-width: 900px). */
const SIDE_PANEL_BREAKPOINT = 900;
/** The side panel's column beside the diagram (app.css, .workspace grid-template-columns). */
const SIDE_PANEL_WIDTH = 320;
/** The side rail's column (app.css, --rail): on a phone on its side the diagram has the rest. */
const SIDE_RAIL_WIDTH = 320;
/** The window widths the side rail is used at (SIDE_RAIL's range). */
const SIDE_RAIL_WINDOWS = [600, 960] as const;

/** How wide the timeline is in a window this wide (the layout in app.css). */
export function diagramWidthFor(windowWidth: number): number {
  return windowWidth > SIDE_PANEL_BREAKPOINT ? windowWidth - SIDE_PANEL_WIDTH : windowWidth;
}

/** The prerender has the trace already; it never simulates (a run here is a bug, say so). */
const noSimulation: SimClient = {
  run: () => Promise.reject(new Error('The build-time prerender never runs a simulation.')),
  warm: () => {},
  warmUpStatus: () => NOT_WARMED,
  dispose: () => {},
};

/** The app's first frame at one window width, as HTML (ids prefixed: frames share a page). */
export function renderFrame(scenarioId: string, trace: Trace, windowWidth: number): string {
  const store = createLabStore({
    client: noSimulation,
    initial: initialLabState(scenarioId, trace),
  });
  return renderToString(
    <PrerenderSizeContext value={{ width: diagramWidthFor(windowWidth), height: 0 }}>
      <LabRoot store={store} />
    </PrerenderSizeContext>,
    { identifierPrefix: `w${windowWidth}-` },
  );
}

const TIMELINE_START = '<div class="timeline-scroll"';

/** Where the timeline's element is in a frame's HTML: its start and the end of its </div>. */
export function timelineSpan(html: string): [number, number] {
  const start = html.indexOf(TIMELINE_START);
  if (start < 0 || html.indexOf(TIMELINE_START, start + 1) >= 0)
    throw new Error('The prerendered frame must hold exactly one timeline.');
  // React's markup is well formed and escapes "<" in text, so counting tags finds the match.
  const tag = /<div[\s>]|<\/div>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return [start, tag.lastIndex];
  }
  throw new Error('The prerendered timeline is not closed.');
}

export interface Prerendered {
  /** Goes inside #root. */
  html: string;
  /** Goes into <head>: shows the timeline drawn for the window's width. */
  css: string;
}

/**
 * The first frame for every width in FRAME_WINDOW_WIDTHS. Only the timeline depends on the
 * width (it is the only reader of PrerenderSizeContext), so the page around it is sent once
 * and the timeline once per width, each shown only in its range of window widths.
 */
export function prerenderFirstFrame(scenarioId: string, trace: Trace): Prerendered {
  const widths = FRAME_WINDOW_WIDTHS;
  const frames = widths.map((w) => renderFrame(scenarioId, trace, w));
  const timelines = frames.map((html, i) => {
    const [from, to] = timelineSpan(html);
    return `<div class="prerendered-frame" data-window-width="${widths[i]}">${html.slice(from, to)}</div>`;
  });
  const page = frames[0]!;
  const [from, to] = timelineSpan(page);
  const html = page.slice(0, from) + timelines.join('') + page.slice(to);
  // Hidden unless its window range matches; `display: contents` keeps the app's own layout.
  const rules = widths.map((w, i) => frameRule(w, frameRange(widths, i, 0, [0, Infinity])!));
  return {
    html,
    css: ['.prerendered-frame{display:none}', ...rules, ...sideRailRules(widths)].join('\n'),
  };
}

/**
 * The media features of the windows frame `i` is shown in, where the diagram is `offset` px
 * narrower than the window: from its width to the next frame's, within `[low, high]` (null
 * where that leaves none; no feature for a bound the range already has).
 */
function frameRange(
  widths: readonly number[],
  i: number,
  offset: number,
  [low, high]: readonly [number, number],
): string[] | null {
  const from = i > 0 ? widths[i]! + offset : 0;
  const next = widths[i + 1];
  const to = next !== undefined ? next + offset - 0.02 : Infinity;
  if (to < low || from > high) return null;
  return [
    from > low ? `(min-width: ${from}px)` : null,
    to < high ? `(max-width: ${to}px)` : null,
  ].filter((f): f is string => f !== null);
}

const frameRule = (w: number, features: readonly string[]): string =>
  `@media ${features.join(' and ')}{.prerendered-frame[data-window-width="${w}"]{display:contents}}`;

/**
 * With the side rail (a phone on its side), the diagram's column is the window less the rail:
 * the frame shown is the one for that column's width, not the window's (an 844 px window's
 * frame would be drawn 300 px wider than its column). Later than the window's rules, and as
 * specific, so they win.
 */
function sideRailRules(widths: readonly number[]): string[] {
  const frames = widths.flatMap((w, i) => {
    const range = frameRange(widths, i, SIDE_RAIL_WIDTH, SIDE_RAIL_WINDOWS);
    return range ? [frameRule(w, [SIDE_RAIL, ...range])] : [];
  });
  return [`@media ${SIDE_RAIL}{.prerendered-frame[data-window-width]{display:none}}`, ...frames];
}
