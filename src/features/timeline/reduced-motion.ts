// Whether the user asks for reduced motion, followed live: turning the system setting on in
// the middle of a lecture stops the travelling packets at once (framer-motion's
// useReducedMotion reads the setting once, when the component first renders).
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

let query: MediaQueryList | null | undefined;
/** One query object for the page (it tracks the setting itself); none outside a browser. */
function mediaQuery(): MediaQueryList | null {
  if (query === undefined)
    query =
      typeof window !== 'undefined' && typeof window.matchMedia === 'function'
        ? window.matchMedia(QUERY)
        : null;
  return query;
}

function subscribe(onChange: () => void): () => void {
  const list = mediaQuery();
  if (!list) return () => {};
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const current = (): boolean => mediaQuery()?.matches ?? false;

/** True while the system setting asks for reduced motion; false where there is none (Node). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, current, () => false);
}
