import { describe, expect, it } from 'vitest';
import { frameScroll } from './centred-scroll.ts';

const view = { width: 200, height: 100 };
const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('frameScroll', () => {
  it('centres one box', () => {
    expect(frameScroll([box(300, 300, 400, 340)], view)).toEqual({ left: 250, top: 270 });
  });

  it('centres every box together on an axis where they fit', () => {
    // 100..280 wide fits 200; 0..300 tall does not, so the first box is centred vertically.
    expect(frameScroll([box(180, 260, 280, 300), box(100, 0, 200, 40)], view)).toEqual({
      left: 90,
      top: 230,
    });
  });

  it('keeps the first box in the middle when the others do not fit beside it', () => {
    expect(frameScroll([box(500, 0, 600, 40), box(0, 0, 100, 40)], view)).toEqual({
      left: 450,
      top: -30,
    });
  });

  it('has nothing to frame without boxes', () => {
    expect(frameScroll([], view)).toBeNull();
  });
});
