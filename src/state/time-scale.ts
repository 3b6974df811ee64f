// Virtual time → display time: a piecewise-linear map that keeps busy stretches at their true
// proportions and squeezes long idle gaps (an RTO wait, a 4-minute TIME-WAIT) to a fixed short
// length, so playback never feels dead. The timeline multiplies display time by pixels per ms;
// the playback clock advances display time at a steady rate. Both directions are O(log n).

export interface TimeScaleOptions {
  /** Gaps between consecutive event times longer than this are compressed. */
  gapThresholdMs: number;
  /** The display length a compressed gap gets. */
  compressedGapMs: number;
  /** Display room after the last event. */
  tailMs: number;
  /**
   * Least display length between two distinct event times (0: true proportions). A capture's
   * segments can be microseconds apart; this keeps their arrows and labels apart.
   */
  minGapMs?: number;
  /**
   * Display ms per virtual ms outside compressed gaps (1: true proportions). A run whose
   * segments follow each other closely is drawn taller as a whole (run-time-scale.ts), so the
   * proportions between its arrows stay true. A gap is compressed when its zoomed length
   * would pass the threshold.
   */
  zoom?: number;
}

export const DEFAULT_TIME_SCALE: TimeScaleOptions = {
  gapThresholdMs: 600,
  compressedGapMs: 160,
  tailMs: 120,
};

/** A compressed stretch of time: drawn with a break mark. */
export interface TimeBreak {
  t0: number;
  t1: number;
  d0: number;
  d1: number;
}

export interface TimeScale {
  toDisplay(t: number): number;
  toTime(d: number): number;
  /** Display time of the end of the run plus the tail. */
  readonly displayEnd: number;
  /** Virtual time of the last event. */
  readonly endTime: number;
  readonly breaks: readonly TimeBreak[];
  /** Display ms per virtual ms outside compressed gaps (TimeScaleOptions.zoom). */
  readonly zoom: number;
}

/**
 * @param times event times in any order (duplicates are fine); 0 is always included.
 */
export function buildTimeScale(
  times: Iterable<number>,
  options: TimeScaleOptions = DEFAULT_TIME_SCALE,
): TimeScale {
  const sorted = Array.from(new Set([0, ...times])).sort((a, b) => a - b);
  // Knots: (t, d) pairs joined by straight lines. Beyond the ends, slope 1.
  const kt: number[] = [sorted[0]!];
  const kd: number[] = [sorted[0]!];
  const breaks: TimeBreak[] = [];
  const zoom = options.zoom ?? 1;
  for (let i = 1; i < sorted.length; i++) {
    const t0 = sorted[i - 1]!;
    const t1 = sorted[i]!;
    const d0 = kd[kd.length - 1]!;
    const gap = t1 - t0;
    if (gap * zoom > options.gapThresholdMs) {
      const d1 = d0 + options.compressedGapMs;
      breaks.push({ t0, t1, d0, d1 });
      kt.push(t1);
      kd.push(d1);
    } else {
      kt.push(t1);
      kd.push(d0 + Math.max(gap * zoom, options.minGapMs ?? 0));
    }
  }
  const endTime = kt[kt.length - 1]!;
  const lastD = kd[kd.length - 1]!;

  const toDisplay = (t: number): number => interpolate(kt, kd, t);
  const toTime = (d: number): number => interpolate(kd, kt, d);
  return { toDisplay, toTime, displayEnd: lastD + options.tailMs, endTime, breaks, zoom };
}

/** Piecewise-linear interpolation through knots (xs ascending), slope 1 outside them. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  const n = xs.length;
  if (x <= xs[0]!) return ys[0]! + (x - xs[0]!);
  if (x >= xs[n - 1]!) return ys[n - 1]! + (x - xs[n - 1]!);
  // Last knot with xs[i] <= x.
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const x0 = xs[lo]!;
  const x1 = xs[hi]!;
  const y0 = ys[lo]!;
  const y1 = ys[hi]!;
  return x1 === x0 ? y0 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
}
