// Which pieces of a diagram overlap a vertical window, in O(log n + k): pieces sorted by their
// top edge, found by binary search. Most pieces are short (an arrow spans one trip), so only
// those starting at most `span` above the window can reach into it; the few long ones (a
// segment that never arrives, a state band lasting the whole run) are kept apart and checked
// one by one. Built once per (trace, width); asked on every scroll bucket and seek.

import { firstIndexAt } from '../../state/playback-model.ts';

export interface IntervalIndex<T> {
  /** Short pieces, by top edge. */
  readonly short: readonly T[];
  readonly tops: Float64Array;
  readonly span: number;
  readonly long: readonly T[];
  readonly lo: (item: T) => number;
  readonly hi: (item: T) => number;
}

/** Pieces taller than this are "long" and checked one by one. */
const DEFAULT_SPAN = 600;

export function buildIntervalIndex<T>(
  items: readonly T[],
  lo: (item: T) => number,
  hi: (item: T) => number,
  span = DEFAULT_SPAN,
): IntervalIndex<T> {
  const short: T[] = [];
  const long: T[] = [];
  for (const item of items) (hi(item) - lo(item) > span ? long : short).push(item);
  // Stable: pieces with the same top keep their order (the order they are drawn in).
  short.sort((a, b) => lo(a) - lo(b));
  return { short, tops: Float64Array.from(short, lo), span, long, lo, hi };
}

/** The pieces overlapping [y0, y1] (short ones by top edge, then the long ones). */
export function piecesIn<T>(index: IntervalIndex<T>, y0: number, y1: number): T[] {
  const out: T[] = [];
  const from = firstIndexAt(index.tops, y0 - index.span);
  for (let i = from; i < index.tops.length && index.tops[i]! <= y1; i++) {
    const item = index.short[i]!;
    if (index.hi(item) >= y0) out.push(item);
  }
  for (const item of index.long) if (index.hi(item) >= y0 && index.lo(item) <= y1) out.push(item);
  return out;
}
