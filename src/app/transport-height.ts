// On a narrow screen the page scrolls and the transport bar sticks to the bottom of the screen;
// the narration sticks just above it (app.css), so the sentence for the step just taken is in
// view with the buttons that took it. Its offset is the bar's height, which wraps to two or
// three rows depending on the width and the language: measured, and kept in a CSS variable.
import { useEffect, type RefObject } from 'react';

export const TRANSPORT_HEIGHT_VAR = '--transport-height';

export function useTransportHeightVar(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = el.ownerDocument.documentElement;
    const write = () => root.style.setProperty(TRANSPORT_HEIGHT_VAR, `${el.offsetHeight}px`);
    const observer = new ResizeObserver(write);
    observer.observe(el);
    write();
    return () => {
      observer.disconnect();
      root.style.removeProperty(TRANSPORT_HEIGHT_VAR);
    };
  }, [bar]);
}
