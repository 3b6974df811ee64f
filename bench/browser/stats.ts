// Small statistics helpers for the browser bench.

/** Nearest-rank percentile (no interpolation, so a reported p95 is a frame that happened). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
