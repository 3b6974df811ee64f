// Scrolls a view so a point of its content sits in the middle, without forcing a layout.
// The state diagram recentres on every state change while the timeline plays: reading the
// view's size in a layout effect made the browser lay out the whole page synchronously in
// the middle of React's commit (tens of ms per step). Here the size comes from a
// ResizeObserver, and the scroll is written at the start of the next frame, when layout is
// clean anyway.
import { useEffect, useRef, type RefObject } from 'react';

export function useCentredScroll(
  viewRef: RefObject<HTMLElement | null>,
  x: number | null,
  y: number | null,
): void {
  const size = useRef<{ width: number; height: number } | null>(null);
  const target = useRef({ x, y });
  target.current = { x, y };
  const centreRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    let frame = 0;
    const centre = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { x: cx, y: cy } = target.current;
        const box = size.current;
        if (cx === null || cy === null || !box) return;
        view.scrollLeft = cx - box.width / 2;
        view.scrollTop = cy - box.height / 2;
      });
    };
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      size.current = { width: entry.contentRect.width, height: entry.contentRect.height };
      centre();
    });
    observer.observe(view);
    centreRef.current = centre;
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      centreRef.current = null;
    };
  }, [viewRef]);

  useEffect(() => centreRef.current?.(), [x, y]);
}
