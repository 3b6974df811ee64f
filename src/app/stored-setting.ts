// A choice remembered in the browser (localStorage): the language, single-key shortcuts, what a
// step moves by. Storage can be missing or refuse (a sandboxed iframe, a private window,
// privacy settings): then nothing is read back, and a choice lasts for the page's lifetime.

/** The value stored under `key`; null when there is none or no storage to ask. */
export function readSetting(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key` where the browser allows it. */
export function writeSetting(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not stored: the caller's own state still holds the choice until the page is closed.
  }
}
