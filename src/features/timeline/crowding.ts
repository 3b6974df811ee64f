// Level of detail for dense traces. Where many arrows overlap (a bulk transfer: dozens of
// segments in flight at once), their labels would be an unreadable heap and hundreds of
// separately styled lines make every step slow. Such "crowded" arrows are drawn together as
// one path per colour, and each keeps only a bare focusable element (its accessible name,
// a hit line) so keyboard and screen-reader users still reach every segment in view.

import { firstIndexAt, indexAtTime } from '../../state/playback-model.ts';

/** An arrow is crowded when more than this many arrows (itself included) overlap its span. */
export const CROWDED_OVERLAP = 8;

interface Span {
  yMin: number;
  yMax: number;
}

/**
 * For each arrow, whether it is crowded: how many arrows overlap its vertical span, counted
 * in O(n log n) as (arrows starting at or above its bottom) − (arrows ending above its top)
 * (the binary searches over sorted numbers that the playback model uses for event times).
 */
export function crowdedFlags(
  arrows: readonly Span[],
  /** An arrow taller than this (a segment delayed for seconds) is never crowded: it spans
   * everything sent meanwhile, yet crosses each of those arrows at one point only. */
  longSpan = Infinity,
  limit = CROWDED_OVERLAP,
): boolean[] {
  const tops = Float64Array.from(arrows, (a) => a.yMin).sort();
  const bottoms = Float64Array.from(arrows, (a) => a.yMax).sort();
  return arrows.map(
    (a) =>
      a.yMax - a.yMin <= longSpan &&
      indexAtTime(tops, a.yMax) - firstIndexAt(bottoms, a.yMin) > limit,
  );
}

/** One arrow of a crowded group, as the shared paths need it. */
export interface CrowdedLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Draw an arrowhead at (x1, y1). */
  head: boolean;
}

/**
 * The path data for a group of crowded arrows: the lines (to stroke) and their heads (to
 * fill), so a few hundred arrows are two DOM elements instead of several hundred.
 */
export function crowdedPaths(lines: readonly CrowdedLine[], headSize = 7): [string, string] {
  const stroke: string[] = [];
  const fill: string[] = [];
  const r = (v: number) => Math.round(v * 10) / 10;
  for (const l of lines) {
    stroke.push(`M${r(l.x0)} ${r(l.y0)}L${r(l.x1)} ${r(l.y1)}`);
    if (!l.head) continue;
    const len = Math.hypot(l.x1 - l.x0, l.y1 - l.y0) || 1;
    const ux = (l.x1 - l.x0) / len;
    const uy = (l.y1 - l.y0) / len;
    const bx = l.x1 - ux * headSize;
    const by = l.y1 - uy * headSize;
    const w = headSize * 0.5;
    fill.push(
      `M${r(l.x1)} ${r(l.y1)}L${r(bx - uy * w)} ${r(by + ux * w)}L${r(bx + uy * w)} ${r(by - ux * w)}Z`,
    );
  }
  return [stroke.join(''), fill.join('')];
}
