import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fittedLength } from './label-fit.ts';

describe('fitting a lane label into its column', () => {
  it('estimates wider text for capitals, bold type and larger sizes', () => {
    const lower = estimateTextWidth('listen', 16, 'regular');
    expect(estimateTextWidth('LISTEN', 16, 'regular')).toBeGreaterThan(lower);
    expect(estimateTextWidth('LISTEN', 16, 'bold')).toBeGreaterThan(
      estimateTextWidth('LISTEN', 16, 'regular'),
    );
    expect(estimateTextWidth('LISTEN', 22, 'bold')).toBeGreaterThan(
      estimateTextWidth('LISTEN', 16, 'bold'),
    );
    expect(estimateTextWidth('accept()', 16, 'mono')).toBeCloseTo(8 * 0.6 * 16);
  });

  it('leaves a label that fits alone, and draws a longer one at the column width', () => {
    expect(fittedLength('LISTEN', 16, 'bold', 184)).toBeUndefined();
    // "⚠ phantom connection" in bold 16 px is wider than a 184 px side-by-side column.
    expect(fittedLength('⚠ phantom connection', 16, 'bold', 176)).toBe(176);
    expect(fittedLength('SYN-RECEIVED', 22, 'bold', 150)).toBe(150);
  });
});
