import { describe, expect, it } from 'vitest';
import { crowdedFlags, crowdedPaths } from './crowding.ts';
import { buildIntervalIndex, piecesIn } from './interval-index.ts';

describe('interval index', () => {
  // Short pieces every 10 px, 50 px tall; two long ones.
  const pieces = [
    ...Array.from({ length: 200 }, (_, i) => ({ id: i, lo: i * 10, hi: i * 10 + 50 })),
    { id: 1000, lo: 0, hi: 5000 },
    { id: 1001, lo: 3000, hi: 4000 },
  ];
  const index = buildIntervalIndex(
    pieces,
    (p) => p.lo,
    (p) => p.hi,
  );
  const brute = (y0: number, y1: number) =>
    pieces
      .filter((p) => p.hi >= y0 && p.lo <= y1)
      .map((p) => p.id)
      .sort((a, b) => a - b);

  it('finds exactly the pieces overlapping a window, long ones included', () => {
    for (const [y0, y1] of [
      [0, 0],
      [95, 130],
      [500, 900],
      [1990, 2500],
      [3500, 3600],
      [-100, -1],
    ] as const) {
      expect(
        piecesIn(index, y0, y1)
          .map((p) => p.id)
          .sort((a, b) => a - b),
      ).toEqual(brute(y0, y1));
    }
  });
});

describe('crowding', () => {
  it('marks arrows overlapped by many others, not a lone one', () => {
    const burst = Array.from({ length: 12 }, (_, i) => ({ yMin: 100 + i, yMax: 165 + i }));
    const lone = { yMin: 1000, yMax: 1065 };
    const flags = crowdedFlags([...burst, lone]);
    expect(flags.slice(0, 12).every(Boolean)).toBe(true);
    expect(flags[12]).toBe(false);
  });

  it('draws a group as one stroked path and one path of arrowheads', () => {
    const [stroke, fill] = crowdedPaths([
      { x0: 0, y0: 0, x1: 100, y1: 0, head: true },
      { x0: 0, y0: 10, x1: 100, y1: 10, head: false },
    ]);
    expect(stroke).toBe('M0 0L100 0M0 10L100 10');
    expect(fill).toBe('M100 0L93 3.5L93 -3.5Z');
  });
});
