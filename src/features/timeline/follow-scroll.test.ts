import { describe, expect, it } from 'vitest';
import { followScrollTop, type FollowView } from './follow-scroll.ts';

// A 1280×720 comparison: a 430 px view under 116 px of verdicts and lane headers.
const projector: FollowView = { scrollTop: 0, view: 430, header: 116, clear: 430 };
// A phone, its page at the top: the narration covers the view's lower part, from 397 px down.
const phone: FollowView = { scrollTop: 0, view: 523, header: 95, clear: 397 };

describe('following the playhead', () => {
  it('stays while the playhead is in the part of the view it may use', () => {
    expect(followScrollTop(116 + 150, projector, false)).toBeNull();
    expect(followScrollTop(116 + 150, projector, true)).toBeNull();
  });

  it('at rest, keeps what led to the moment in view: no scroll while it fits below the headers', () => {
    // The old SYN's story, 0 to 0.05 s zoomed in: the playhead 198 px down the diagram is
    // shown with everything above it (it was scrolled to the middle, cutting the start off).
    expect(followScrollTop(116 + 198, projector, false)).toBeNull();
  });

  it('at rest, a moment further down lands low in the view, with as much before it as fits', () => {
    const y = 116 + 1000;
    const top = followScrollTop(y, projector, false)!;
    const onScreen = y - top; // from the view's top
    expect(onScreen).toBeGreaterThan(116 + 0.75 * (430 - 116));
    expect(onScreen).toBeLessThanOrEqual(116 + 0.85 * (430 - 116));
  });

  it('while playing, puts the playhead in the upper part, with room ahead', () => {
    const y = 116 + 1000;
    const onScreen = y - followScrollTop(y, projector, true)!;
    expect(onScreen).toBeLessThanOrEqual(116 + 0.35 * (430 - 116) + 1);
    // and scrolls on before it passes 60% of what shows
    expect(followScrollTop(116 + 0.65 * (430 - 116), projector, true)).not.toBeNull();
  });

  it('on a phone, keeps the playhead clear of the narration over the view', () => {
    for (const playing of [false, true]) {
      const y = 95 + 2000;
      const onScreen = y - followScrollTop(y, phone, playing)!;
      expect(onScreen).toBeLessThanOrEqual(phone.clear - 20);
      expect(onScreen).toBeGreaterThan(95);
    }
  });

  it('on a phone, at rest, uses what the narration leaves clear for what led to the moment', () => {
    // Comparing: a verdict and a button above the lane headers (175 px). The view's upper 60%
    // left 139 px of diagram above the moment, which cut off the old SYN's arrival 130 px up.
    const comparing: FollowView = { ...phone, header: 175 };
    const y = 175 + 2000;
    const above = y - followScrollTop(y, comparing, false)! - 175;
    expect(above).toBeGreaterThan(0.75 * (397 - 175));
    expect(above).toBeLessThanOrEqual(0.85 * (397 - 175));
    // The page scrolled past its header: the narration no longer covers the view.
    const scrolled = { ...comparing, clear: 523 };
    expect(y - followScrollTop(y, scrolled, false)! - 175).toBeGreaterThan(0.75 * (523 - 175));
  });

  it('scrolls back up for a moment above the view, and never above the top', () => {
    const scrolled = { ...projector, scrollTop: 2000 };
    const top = followScrollTop(116 + 500, scrolled, false)!;
    expect(top).toBeLessThan(500);
    expect(followScrollTop(116 + 10, scrolled, false)).toBe(0);
  });
});
