// On a narrow screen the page scrolls and the transport bar sticks to the bottom of the screen;
// the narration sticks just above it (app.css), so the sentence for the step just taken is in
// view with the buttons that took it. Its offset is the bar's height, which wraps to two or
// three rows depending on the width and the language: measured, and kept in a CSS variable.
import { useLayoutEffect, type RefObject } from 'react';

export const TRANSPORT_HEIGHT_VAR = '--transport-height';
/**
 * app.css's side-rail layout, within the narrow one (a phone on its side, a short embed): the
 * transport bar and the narration form a column at the right edge, beside the diagram, not
 * over it.
 */
export const SIDE_RAIL = '(600px <= width <= 960px) and (max-height: 500px)';
/**
 * app.css's narrow layout (its `max-width: 900px` block, which a phone on its side shares up to
 * 960 px): the page scrolls and the narration sticks over the diagram's lower edge, or sits in
 * the side rail. The variable is set only there.
 */
export const NARROW = `(max-width: 900px), ${SIDE_RAIL}`;

export function useTransportHeightVar(bar: RefObject<HTMLElement | null>): void {
  // Observed from the first commit: the observer's first report comes after that frame's
  // layout and before its paint (no layout forced in the middle of React's commit), and
  // again whenever the bar's border box changes size. Only on a narrow screen: a variable
  // set on the root restyles the whole page, for nothing on a wide one. The prerendered page
  // has no value until then: the narration sits in the flow.
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = el.ownerDocument.documentElement;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight;
      root.style.setProperty(TRANSPORT_HEIGHT_VAR, `${Math.ceil(height)}px`);
    });
    const narrow = el.ownerDocument.defaultView?.matchMedia?.(NARROW);
    const follow = () => {
      if (!narrow || narrow.matches) return observer.observe(el, { box: 'border-box' });
      observer.unobserve(el);
      root.style.removeProperty(TRANSPORT_HEIGHT_VAR);
    };
    follow();
    narrow?.addEventListener('change', follow);
    return () => {
      narrow?.removeEventListener('change', follow);
      observer.disconnect();
      root.style.removeProperty(TRANSPORT_HEIGHT_VAR);
    };
  }, [bar]);
}
