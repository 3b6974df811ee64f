// The Fullscreen API on the lab element. Some browsers (iOS Safari on iPhone, iframes without
// allow="fullscreen") do not offer it: the button is then hidden and F does nothing.
import { useSyncExternalStore } from 'react';

/** The element that goes full screen: the whole lab, found from any element inside it. */
export function labElement(from: Element | null): Element {
  return from?.closest('.app') ?? document.documentElement;
}

export function fullscreenAvailable(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

export function toggleFullscreen(target: Element): void {
  if (!fullscreenAvailable()) return;
  // A refusal (no user gesture, a permissions policy) leaves the page as it was.
  const ignore = () => {};
  if (document.fullscreenElement) document.exitFullscreen().catch(ignore);
  else target.requestFullscreen().catch(ignore);
}

function subscribe(listener: () => void): () => void {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

/** Whether some element is full screen now (re-renders on every change, Escape included). */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  );
}
