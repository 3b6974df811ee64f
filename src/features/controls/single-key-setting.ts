// The user's choice to turn off single-character shortcuts (WCAG 2.1.4), remembered in the
// browser (stored-setting.ts; without storage it lasts for the page's lifetime).
import { useSyncExternalStore } from 'react';
import { readSetting, writeSetting } from '../../app/stored-setting.ts';

const STORAGE_KEY = 'handshake-lab.single-key-shortcuts';
const listeners = new Set<() => void>();
let cached: boolean | null = null;

export function singleKeysEnabled(): boolean {
  cached ??= readSetting(STORAGE_KEY) !== 'off';
  return cached;
}

export function setSingleKeysEnabled(on: boolean): void {
  cached = on;
  writeSetting(STORAGE_KEY, on ? 'on' : 'off');
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSingleKeys(): boolean {
  return useSyncExternalStore(subscribe, singleKeysEnabled, () => true);
}
