// Pixel geometry of the space-time diagram, as pure functions of the width, the time scale
// and the trace (unit-tested; no DOM). Time flows down; the client lane is on the left.
import type { HostName } from '../../core/trace.ts';
import type { TimeBreak, TimeScale } from '../../state/time-scale.ts';

export interface LaneLayout {
  width: number;
  /** Narrow geometry: a short axis, narrow label columns, only states and anomalies labelled. */
  compact: boolean;
  /** Type under 16 px (a phone): the axis and lane labels at 12 px, no unit on the axis. */
  smallType: boolean;
  fontSize: number;
  /** Right edge of the time-axis labels. */
  axisX: number;
  /** Centre of each lane's state band. */
  bandX: Record<HostName, number>;
  bandWidth: number;
  /** Where arrows start and end: the inner edge of each band. */
  edgeX: Record<HostName, number>;
  /** Anchor of each lane's annotation column (text grows away from the arrows). */
  labelX: Record<HostName, number>;
  labelWidth: number;
  pxPerMs: number;
  /** Room above time 0 (for segments that come "from the past"). */
  top: number;
}

/** Axis and lane labels' size (px): 12 in small type (app.css), else the diagram's type. */
export const labelFontSize = (layout: Pick<LaneLayout, 'smallType' | 'fontSize'>): number =>
  layout.smallType ? 12 : layout.fontSize;

/**
 * A text's width in em, on the generous side: digits as wide as DejaVu Sans Bold draws them
 * (0.7 em: Debian's default sans, the widest common one, bold as a label after a break;
 * Arial's regular digits are 0.56), a CJK character a whole em ("秒"), other letters 0.62.
 */
function generousEm(text: string): number {
  let em = 0;
  for (const ch of text)
    em += /[0-9]/.test(ch) ? 0.7 : ch === '.' || ch === ' ' ? 0.34 : ch > '\u2e7f' ? 1 : 0.62;
  return em;
}

/**
 * How wide the time axis must be for its longest label ("242.15 s", "242.15 秒", or "242.15"
 * on a compact diagram): whole seconds of the end time, two decimals, the unit as the page
 * writes it.
 */
function axisWidthFor(
  endTimeMs: number,
  compact: boolean,
  fontSize: number,
  secondsLabel: (s: string) => string,
): number {
  const longest = `${Math.max(0, Math.floor(endTimeMs / 1000))}.00`;
  return Math.ceil(generousEm(compact ? longest : secondsLabel(longest)) * fontSize) + 10;
}

/**
 * Presenter type (22 px labels) needs its label columns wide: on a narrower diagram (a phone
 * opening a presenter link) it would leave the lanes a few dozen pixels apart, with the
 * arrows' labels piled on them. There the diagram keeps the ordinary type.
 */
export const LARGE_MIN_WIDTH = 600;

/**
 * Presenter mode on a projector may still give a diagram less than LARGE_MIN_WIDTH (two
 * columns side by side): there the geometry is compact but the type stays at 16 px, the
 * projector's minimum. Only narrower than this (a phone) does presenter mode use small type.
 */
export const PRESENTER_16PX_MIN_WIDTH = 440;

/**
 * `largeWanted`: presenter mode, read from the back of a room (bigger type, wider label
 * columns), where the width allows it (LARGE_MIN_WIDTH).
 * `endTimeMs`: the trace's end, so the axis is wide enough for its longest time.
 * `secondsLabel`: an axis label as the page writes it (the unit in the page's language).
 */
export function laneLayout(
  width: number,
  largeWanted = false,
  endTimeMs = 0,
  secondsLabel: (s: string) => string = (s) => `${s} s`,
): LaneLayout {
  const large = largeWanted && width >= LARGE_MIN_WIDTH;
  const compact = width < 620 && !large;
  const smallType = compact && !(largeWanted && width >= PRESENTER_16PX_MIN_WIDTH);
  const fontSize = large ? 22 : smallType ? 13 : 16;
  const axisWidth = Math.max(
    compact ? 34 : width < 800 ? 66 : large ? 96 : 80,
    axisWidthFor(endTimeMs, compact, smallType ? 12 : fontSize, secondsLabel),
  );
  const labelWidth = compact
    ? Math.max(84, Math.min(112, Math.round(width * 0.27)))
    : Math.max(110, Math.min(large ? 260 : 195, Math.round(width * 0.27)));
  const bandWidth = compact ? 12 : 18;
  const clientBand = axisWidth + labelWidth + bandWidth / 2;
  const serverBand = width - labelWidth - bandWidth / 2 - 8;
  return {
    width,
    compact,
    smallType,
    fontSize,
    axisX: axisWidth - 8,
    bandX: { client: clientBand, server: serverBand },
    bandWidth,
    edgeX: { client: clientBand + bandWidth / 2, server: serverBand - bandWidth / 2 },
    labelX: { client: clientBand - bandWidth / 2 - 6, server: serverBand + bandWidth / 2 + 6 },
    labelWidth,
    // A phone's lanes are ~115 px apart, so a label covers its arrow's whole width: a 50 ms
    // segment needs the height for its lines with both ends clear (1.1 put "retransmission"
    // over the head). 1.4 still shows a whole handshake on the first screen.
    pxPerMs: smallType ? 1.4 : compact ? 1.1 : 1.3,
    top: 36,
  };
}

export function yOf(layout: LaneLayout, scale: TimeScale, t: number): number {
  return layout.top + scale.toDisplay(t) * layout.pxPerMs;
}

export function timeOfY(layout: LaneLayout, scale: TimeScale, y: number): number {
  return scale.toTime((y - layout.top) / layout.pxPerMs);
}

export function diagramHeight(layout: LaneLayout, scale: TimeScale): number {
  return Math.ceil(layout.top + scale.displayEnd * layout.pxPerMs + 24);
}

/** Where a packet on the line (x0,y0)→(x1,y1) is when the playhead is at height y. */
export function xOnArrow(x0: number, y0: number, x1: number, y1: number, y: number): number {
  if (y1 === y0) return y >= y1 ? x1 : x0;
  const f = Math.max(0, Math.min(1, (y - y0) / (y1 - y0)));
  return x0 + (x1 - x0) * f;
}

/**
 * Pushes labels down so none overlaps the one above (items sorted by wanted y); a label
 * never moves up, so it never appears before the moment it belongs to. An optional label
 * that would end up more than `maxDrift` below its moment is left out (null): in a dense
 * run (a bulk transfer's every recv() and timer) labels pushed ever further down would
 * stand beside moments they do not belong to.
 */
export function stackLabels(
  wanted: readonly number[],
  minGap: number,
  /** Labels that may be left out where they would sit too far from their moment. */
  optional: readonly boolean[] = [],
  maxDrift = Infinity,
): (number | null)[] {
  const placed: (number | null)[] = [];
  let prev = -Infinity;
  for (const [i, y] of wanted.entries()) {
    const at = Math.max(y, prev + minGap);
    if (optional[i] && at - y > maxDrift) {
      placed.push(null);
      continue;
    }
    placed.push(at);
    prev = at;
  }
  return placed;
}

const NICE_STEPS_MS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 60_000, 120_000, 300_000,
  600_000, 1_800_000, 3_600_000,
];

/** Decimals that tell ticks `step` ms apart from each other. */
export function tickDecimals(step: number): number {
  return step >= 1000 ? 0 : step >= 100 ? 1 : step >= 10 ? 2 : 3;
}

export interface Tick {
  t: number;
  y: number;
  /** Marks the end of a compressed gap (labelled even off-step). */
  afterBreak: boolean;
  /** The label's decimals. */
  decimals: number;
}

/** Labelled ticks at round times at least `minPx` apart, skipping compressed gaps. */
export function axisTicks(
  layout: LaneLayout,
  scale: TimeScale,
  yFrom: number,
  yTo: number,
  minPx = 56,
): Tick[] {
  // A zoomed run (run-time-scale.ts) draws each ms taller: ticks at finer steps.
  const pxPerMs = layout.pxPerMs * scale.zoom;
  const step =
    NICE_STEPS_MS.find((s) => s * pxPerMs >= minPx) ?? NICE_STEPS_MS[NICE_STEPS_MS.length - 1]!;
  const tFrom = Math.max(0, timeOfY(layout, scale, yFrom));
  const tTo = timeOfY(layout, scale, yTo);
  const ticks: Tick[] = [];
  const inBreak = (t: number): TimeBreak | undefined =>
    scale.breaks.find((b) => t > b.t0 && t < b.t1);
  let last = -Infinity;
  for (let t = Math.ceil(tFrom / step) * step; t <= tTo;) {
    const br = inBreak(t);
    if (br) {
      // Resume counting after the gap; label the gap's end.
      const y = yOf(layout, scale, br.t1);
      if (y - last >= minPx * 0.6) {
        ticks.push({
          t: br.t1,
          y,
          afterBreak: true,
          decimals: Math.max(step < 1000 ? 1 : 0, exactDecimals(br.t1)),
        });
        last = y;
      }
      t = Math.ceil(br.t1 / step) * step;
      if (t === br.t1) t += step;
      continue;
    }
    const y = yOf(layout, scale, t);
    if (y - last >= minPx * 0.6) {
      ticks.push({ t, y, afterBreak: false, decimals: tickDecimals(step) });
      last = y;
    }
    t += step;
  }
  return ticks;
}

/** The fewest decimals (of seconds, up to 3) that show `ms` exactly. */
function exactDecimals(ms: number): number {
  for (let d = 0; d < 3; d++)
    if (Math.abs(Number((ms / 1000).toFixed(d)) * 1000 - ms) < 1e-6) return d;
  return 3;
}

/**
 * The y range to keep in the DOM: the viewport plus a quarter of it above and below, snapped
 * to buckets so it changes (and the diagram re-renders) only every `bucket` px of scrolling.
 * Dense traces hold hundreds of segments per viewport, so the margin stays small.
 */
export function renderWindow(
  scrollTop: number,
  viewportHeight: number,
  bucket = 200,
): [number, number] {
  const margin = viewportHeight / 4;
  const from = Math.floor(Math.max(0, scrollTop - margin) / bucket) * bucket;
  const to = Math.ceil((scrollTop + viewportHeight + margin) / bucket) * bucket;
  return [from, to];
}

/** A render window and the viewport it was made for (both diagram px, [top, bottom]). */
export interface RenderWindow {
  range: readonly [number, number];
  view: readonly [number, number];
}

export function renderWindowAt(scrollTop: number, viewportHeight: number): RenderWindow {
  return {
    range: renderWindow(scrollTop, viewportHeight),
    view: [scrollTop, scrollTop + viewportHeight],
  };
}

export const sameRange = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  a[0] === b[0] && a[1] === b[1];

/**
 * What to draw at once when the window moves to `next` from `drawn` (what the diagram shows
 * now). Scrolling and playing move it a bucket at a time, and the window is drawn whole. A
 * jump (a seek far away) shares nothing with what is drawn: only the viewport is drawn in that
 * frame, and the margins around it follow in a deferred render.
 */
export function urgentRange(
  drawn: readonly [number, number],
  next: RenderWindow,
): readonly [number, number] {
  return intersects(drawn[0], drawn[1], next.range) ? next.range : next.view;
}

export function intersects(a0: number, a1: number, w: readonly [number, number]): boolean {
  return Math.max(a0, a1) >= w[0] && Math.min(a0, a1) <= w[1];
}
