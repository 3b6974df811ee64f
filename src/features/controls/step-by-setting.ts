// What a step moves by (the store's stepBy: an event, or a moment of segments), remembered in
// localStorage like the single-key setting: a lecturer sets it once for the clicker and it
// holds after a reload. Storage can be unavailable (a sandboxed iframe, privacy settings): the
// choice then lasts for the page's lifetime. The store stays the one source of truth; this
// only seeds it and follows it.
import type { LabStore, StepUnit } from '../../state/store.ts';

const STORAGE_KEY = 'handshake-lab.step-by';

function stored(): StepUnit | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'segment' || value === 'event' ? value : null;
  } catch {
    return null;
  }
}

/** Seeds the store with the remembered choice and remembers each new one; returns the stop. */
export function rememberStepBy(store: LabStore): () => void {
  const remembered = stored();
  if (remembered && remembered !== store.getState().stepBy) store.setState({ stepBy: remembered });
  return store.subscribe(
    (s) => s.stepBy,
    (stepBy) => {
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, stepBy);
      } catch {
        // Not stored: the setting still holds until the page is closed.
      }
    },
  );
}
