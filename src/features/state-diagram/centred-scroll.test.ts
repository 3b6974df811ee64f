import { describe, expect, it } from 'vitest';
import { frameScroll } from './centred-scroll.ts';

const view = { width: 200, height: 100 };
const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('frameScroll', () => {
  it('centres one box', () => {
    expect(frameScroll([box(300, 300, 400, 340)], view)).toEqual({ left: 250, top: 270 });
  });

  it('centres every box together on an axis where they fit', () => {
    // 100..280 wide fits 200; 0..300 tall does not, so vertically the view ends at the first
    // box, with the way up to the other above it.
    expect(frameScroll([box(180, 260, 280, 300), box(100, 0, 200, 40)], view)).toEqual({
      left: 90,
      top: 200,
    });
  });

  it('shows the first box at the edge away from the others when they do not fit beside it', () => {
    // The others on the left: the view ends at the first box, reaching as far left as it can.
    expect(frameScroll([box(500, 0, 600, 40), box(0, 0, 100, 40)], view)).toEqual({
      left: 400,
      top: -30,
    });
    // On the right: it starts at the first box.
    expect(frameScroll([box(0, 0, 100, 40), box(500, 0, 600, 40)], view)).toEqual({
      left: 0,
      top: -30,
    });
    // Above: the first box at the bottom of the view (vertically, centred where both fit).
    expect(frameScroll([box(0, 300, 100, 340), box(0, 0, 100, 40)], view)).toEqual({
      left: -50,
      top: 240,
    });
  });

  it('turns towards the side where the others reach further', () => {
    // One other starts a little before the first box, another far after it: the view starts at
    // the first box, showing the way to the far one.
    expect(
      frameScroll([box(100, 0, 200, 40), box(90, 0, 150, 40), box(400, 0, 500, 40)], view),
    ).toEqual({ left: 100, top: -30 });
  });

  it('centres a first box larger than the view', () => {
    expect(frameScroll([box(0, 0, 300, 40), box(900, 0, 1000, 40)], view)).toEqual({
      left: 50,
      top: -30,
    });
  });

  it('has nothing to frame without boxes', () => {
    expect(frameScroll([], view)).toBeNull();
  });
});
