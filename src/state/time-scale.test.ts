import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimeScale } from './time-scale.ts';

const opts = { gapThresholdMs: 600, compressedGapMs: 240, tailMs: 100 };

describe('time scale', () => {
  it('keeps busy stretches at their true proportions', () => {
    const s = buildTimeScale([0, 50, 100, 150], opts);
    expect(s.toDisplay(75)).toBe(75);
    expect(s.breaks).toEqual([]);
    expect(s.displayEnd).toBe(250);
  });

  it('squeezes an idle gap to a fixed length and records a break', () => {
    const s = buildTimeScale([0, 100, 240_100, 240_150], opts);
    expect(s.breaks).toEqual([{ t0: 100, t1: 240_100, d0: 100, d1: 340 }]);
    expect(s.toDisplay(240_100)).toBe(340);
    expect(s.toDisplay(240_150)).toBe(390);
    // Inside the gap: linear within the squeezed piece.
    expect(s.toDisplay(120_100)).toBeCloseTo(220);
  });

  it('with a minimum gap, events microseconds apart are drawn apart and the axis stays true', () => {
    const s = buildTimeScale([0, 100, 100.05, 100.1, 300], { ...opts, minGapMs: 40 });
    expect([100, 100.05, 100.1, 300].map((t) => s.toDisplay(t))).toEqual([
      100,
      140,
      180,
      180 + 199.9,
    ]);
    expect(s.toTime(160)).toBeCloseTo(100.075);
  });

  it('zoomed, stretches busy stretches evenly and compresses a gap its zoom makes too long', () => {
    const s = buildTimeScale([0, 20, 50, 400, 2000], { ...opts, zoom: 2 });
    // True proportions between events, twice as tall.
    expect([0, 20, 50].map((t) => s.toDisplay(t))).toEqual([0, 40, 100]);
    // 350 ms idle: 700 display ms zoomed, past the threshold, so squeezed like a long gap.
    expect(s.breaks.map((b) => [b.t0, b.t1])).toEqual([
      [50, 400],
      [400, 2000],
    ]);
    expect(s.toDisplay(400)).toBe(100 + 240);
    expect(s.toTime(s.toDisplay(33))).toBeCloseTo(33);
  });

  it('does not compress a gap at the threshold', () => {
    const s = buildTimeScale([0, 600], opts);
    expect(s.breaks).toHaveLength(0);
    expect(buildTimeScale([0, 601], opts).breaks).toHaveLength(1);
  });

  it('is monotonic and toTime inverts toDisplay', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -1000, max: 600_000 }),
        (times, probe) => {
          const s = buildTimeScale(times, opts);
          expect(s.toTime(s.toDisplay(probe))).toBeCloseTo(probe, 6);
          expect(s.toDisplay(probe + 1)).toBeGreaterThan(s.toDisplay(probe));
        },
      ),
    );
  });
});
