// The user's choice to turn off single-character shortcuts (WCAG 2.1.4), remembered in
// localStorage. Storage can be unavailable (a sandboxed iframe, privacy settings): the choice
// then lasts for the page's lifetime.
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'handshake-lab.single-key-shortcuts';
const listeners = new Set<() => void>();
let cached: boolean | null = null;

export function singleKeysEnabled(): boolean {
  if (cached === null) {
    try {
      cached = globalThis.localStorage?.getItem(STORAGE_KEY) !== 'off';
    } catch {
      cached = true;
    }
  }
  return cached;
}

export function setSingleKeysEnabled(on: boolean): void {
  cached = on;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Not stored: the setting still holds until the page is closed.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSingleKeys(): boolean {
  return useSyncExternalStore(subscribe, singleKeysEnabled, () => true);
}
