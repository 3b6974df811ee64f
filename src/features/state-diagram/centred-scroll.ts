// Scrolls a view to frame the part of its content that matters (frameScroll: in the middle
// where it fits, else at the edge that keeps the most of the way to the rest), without forcing a
// layout. The state diagram reframes on every state change while the timeline plays: reading
// the view's size in a layout effect made the browser lay out the whole page synchronously in
// the middle of React's commit (tens of ms per step). Here the size comes from a
// ResizeObserver, and the scroll is written at the start of the next frame, when layout is
// clean anyway.
import { useEffect, useRef, type RefObject } from 'react';

/** A box of the content to keep in view (content px). */
export interface FrameBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Where to scroll a `view`-sized window so it shows `boxes`: all of them, centred, on each axis
 * where they fit together. Where they do not, the first one (the one that matters most) is
 * shown whole at the view's edge away from the others, so the view holds as much of the way to
 * them as it can: the lit transition's arrow and the start of the state it came from, not
 * states that have nothing to do with it on the other side.
 */
export function frameScroll(
  boxes: readonly FrameBox[],
  view: { width: number; height: number },
): { left: number; top: number } | null {
  const first = boxes[0];
  if (!first) return null;
  const axis = (lo: (b: FrameBox) => number, hi: (b: FrameBox) => number, size: number) => {
    const a = Math.min(...boxes.map(lo));
    const b = Math.max(...boxes.map(hi));
    if (b - a <= size) return Math.round((a + b) / 2 - size / 2);
    const [f0, f1] = [lo(first), hi(first)];
    if (f1 - f0 > size) return Math.round((f0 + f1) / 2 - size / 2);
    // The others reach further before the first box (above it, left of it) than after it: the
    // view ends at it; else it starts at it.
    return Math.round(f0 - a > b - f1 ? f1 - size : f0);
  };
  return {
    left: axis(
      (b) => b.x0,
      (b) => b.x1,
      view.width,
    ),
    top: axis(
      (b) => b.y0,
      (b) => b.y1,
      view.height,
    ),
  };
}

/** What the view shows, in the drawing's coordinates (its margin taken off). */
export interface ShownPart {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Keeps `boxes` framed in the view; `onShown` hears what the view shows after each framing and
 * each scroll by the user.
 */
export function useCentredScroll(
  viewRef: RefObject<HTMLElement | null>,
  boxes: readonly FrameBox[],
  onShown?: (shown: ShownPart) => void,
): void {
  /** The view's size, and where the drawing starts in its content (its margin). */
  const size = useRef<{ width: number; height: number; x: number; y: number } | null>(null);
  const target = useRef(boxes);
  target.current = boxes;
  const listener = useRef(onShown);
  listener.current = onShown;
  const centreRef = useRef<(() => void) | null>(null);
  const key = boxes.map((b) => `${b.x0},${b.y0},${b.x1},${b.y1}`).join(';');

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    let frame = 0;
    /** Read at the start of a frame, as the scroll is written: layout is clean there. */
    const report = () => {
      const box = size.current;
      if (!box || !listener.current) return;
      listener.current({
        left: view.scrollLeft - box.x,
        top: view.scrollTop - box.y,
        width: box.width,
        height: box.height,
      });
    };
    const centre = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const box = size.current;
        const at = box && frameScroll(target.current, box);
        if (!at) return;
        view.scrollLeft = at.left + box.x;
        view.scrollTop = at.top + box.y;
        report();
      });
    };
    let scrolled = 0;
    const onScroll = () => {
      if (!listener.current) return;
      cancelAnimationFrame(scrolled);
      scrolled = requestAnimationFrame(report);
    };
    view.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      // Read here, where layout is fresh (observers run after it), never in a frame's work.
      const drawing = view.firstElementChild as HTMLElement | SVGElement | null;
      const margin = drawing ? getComputedStyle(drawing) : null;
      size.current = {
        width: entry.contentRect.width,
        height: entry.contentRect.height,
        x: margin ? parseFloat(margin.marginLeft) || 0 : 0,
        y: margin ? parseFloat(margin.marginTop) || 0 : 0,
      };
      centre();
    });
    observer.observe(view);
    centreRef.current = centre;
    return () => {
      observer.disconnect();
      view.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(scrolled);
      centreRef.current = null;
    };
  }, [viewRef]);

  useEffect(() => centreRef.current?.(), [key]);
}
