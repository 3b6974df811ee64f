import { describe, expect, it } from 'vitest';
import { sourceTagPlacement } from './source-tag.ts';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
const size = { w: 100, h: 32 };
/** A 270 × 260 view scrolled to (300, 400) of the drawing. */
const shown = { left: 300, top: 400, width: 270, height: 260 };

describe('sourceTagPlacement', () => {
  // A horizontal arrow from a state far left (out of view) to one at the view's right end.
  const path = { from: [160, 540] as const, to: [420, 540] as const };
  const lit = box(420, 524, 530, 556);

  it('names a source wholly out of view where its arrow comes in, inside the view', () => {
    const at = sourceTagPlacement(path, box(50, 524, 160, 556), lit, size, shown);
    // Just inside the left edge (to the path's sampling step), level with the arrow.
    expect(at).toMatchObject({ y: 140, edge: 'left' });
    expect(at!.x).toBeGreaterThanOrEqual(2);
    expect(at!.x).toBeLessThan(4);
  });

  it('follows a curve to where it enters, by the nearest edge', () => {
    // From above the view, curving down into it: it comes in through the top edge.
    const curve = { from: [420, 300], control: [440, 380], to: [450, 500] } as const;
    const at = sourceTagPlacement(
      curve,
      box(370, 284, 470, 316),
      box(395, 500, 505, 532),
      size,
      shown,
    );
    expect(at?.edge).toBe('top');
    expect(at!.y).toBeGreaterThanOrEqual(2);
    expect(at!.y).toBeLessThan(4);
    expect(at!.x).toBeGreaterThan(120);
    expect(at!.x).toBeLessThan(160);
  });

  it('covers a source the edge cuts, level with its middle, at that edge', () => {
    // 40 of its 110 px show at the view's right edge.
    const at = sourceTagPlacement(
      { from: [530, 450], to: [420, 540] },
      box(480, 434, 590, 466),
      lit,
      size,
      { ...shown, left: 250 },
    );
    expect(at).toEqual({ x: 268, y: 50, edge: 'right' });
  });

  it('keeps the tag of a source cut at a corner inside the view', () => {
    // Cut by the right edge, and by the bottom: its middle is 4 px above the view's bottom.
    const at = sourceTagPlacement(
      { from: [540, 650], to: [420, 540] },
      box(540, 640, 640, 672),
      lit,
      size,
      shown,
    );
    expect(at?.edge).toBe('right');
    // Half the tag's height above the bottom edge (2 px inside it), not across it.
    expect(at!.y).toBe(260 - 2 - 16);
  });

  it('leaves a source that shows (all but a sliver) to name itself', () => {
    expect(sourceTagPlacement(path, box(310, 524, 410, 556), lit, size, shown)).toBeNull();
    // 95 of its 100 px.
    expect(sourceTagPlacement(path, box(295, 524, 395, 556), lit, size, shown)).toBeNull();
    // 75 of 100: its name is cut, the tag covers it.
    expect(sourceTagPlacement(path, box(275, 524, 375, 556), lit, size, shown)).toMatchObject({
      edge: 'left',
    });
  });

  it('gives way where the tag would cover the lit state (a view too small for both)', () => {
    const near = box(330, 524, 440, 556);
    expect(sourceTagPlacement(path, box(50, 524, 160, 556), near, size, shown)).toBeNull();
  });

  it('says nothing when no part of the arrow is in view', () => {
    const away = { from: [0, 0] as const, to: [100, 100] as const };
    expect(sourceTagPlacement(away, box(0, 0, 50, 30), lit, size, shown)).toBeNull();
  });
});
