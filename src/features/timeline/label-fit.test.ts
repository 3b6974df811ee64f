import { describe, expect, it } from 'vitest';
import type { Annotation } from './diagram-model.ts';
import { laneLayout } from './geometry.ts';
import { annotationText, estimateTextWidth, fittedLength } from './label-fit.ts';

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

describe('where a lane label is drawn', () => {
  const call = (text: string, host: 'client' | 'server'): Annotation => ({
    key: 'c',
    host,
    kind: 'app',
    appearsAt: 0,
    anchorY: 100,
    y: 105,
    text,
    failed: false,
  });

  it('gives the width the text is drawn at, for the ground behind a call', () => {
    const layout = laneLayout(900);
    const server = annotationText(call('recv() → reset', 'server'), layout);
    expect(server.anchor).toBe('start');
    expect(server.length).toBeUndefined();
    expect(server.width).toBeCloseTo(estimateTextWidth('recv() → reset', 16, 'mono'));
    const client = annotationText(call('connect() blocks…', 'client'), layout);
    expect(client.anchor).toBe('end');
    expect(client.width).toBeCloseTo(estimateTextWidth('connect() blocks…', 16, 'mono'));
  });

  it('gives the squeezed length as the width where the text is longer than its column', () => {
    const layout = laneLayout(640);
    const long = 'connect() → failed: connection refused';
    const { length, width } = annotationText(call(long, 'client'), layout);
    expect(length).toBeDefined();
    expect(width).toBe(length);
    expect(width).toBeLessThan(estimateTextWidth(long, 16, 'mono'));
  });
});
