import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fittedLength, wrappedLines } from './label-fit.ts';

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

describe('breaking a sentence into lines (the empty diagram hint)', () => {
  const en = 'Nothing has happened yet. Press Play or Step forward.';
  const zh = '还没有发生任何事。请按“播放”或“单步前进”。';
  const widest = (lines: string[]) =>
    Math.max(...lines.map((l) => estimateTextWidth(l, 16, 'regular')));

  it('keeps a sentence that fits on one line', () => {
    expect(wrappedLines(en, 16, 'regular', 2000)).toEqual([en]);
    expect(wrappedLines(zh, 16, 'regular', 2000)).toEqual([zh]);
  });

  it('puts each sentence on a line of its own where the whole does not fit', () => {
    expect(wrappedLines(en, 16, 'regular', 320)).toEqual([
      'Nothing has happened yet.',
      'Press Play or Step forward.',
    ]);
  });

  it('breaks a sentence still too wide at spaces, into lines that fit, losing no word', () => {
    const lines = wrappedLines(en, 16, 'regular', 150);
    expect(lines.length).toBeGreaterThan(2);
    expect(widest(lines)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(en);
  });

  it('breaks Chinese after its full stop', () => {
    expect(wrappedLines(zh, 16, 'regular', 250)).toEqual([
      '还没有发生任何事。',
      '请按“播放”或“单步前进”。',
    ]);
  });
});
