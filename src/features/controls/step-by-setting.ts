// What a step moves by (the store's stepBy: an event, or a moment of segments), remembered in
// the browser like the single-key setting (stored-setting.ts): a lecturer sets it once for the
// clicker and it holds after a reload. The store stays the one source of truth; this only
// seeds it and follows it.
import type { LabStore, StepUnit } from '../../state/store.ts';
import { readSetting, writeSetting } from '../../app/stored-setting.ts';

const STORAGE_KEY = 'handshake-lab.step-by';

const isStepUnit = (value: string | null): value is StepUnit =>
  value === 'segment' || value === 'event';

/** Seeds the store with the remembered choice and remembers each new one; returns the stop. */
export function rememberStepBy(store: LabStore): () => void {
  const remembered = readSetting(STORAGE_KEY);
  if (isStepUnit(remembered) && remembered !== store.getState().stepBy)
    store.setState({ stepBy: remembered });
  return store.subscribe(
    (s) => s.stepBy,
    (stepBy) => writeSetting(STORAGE_KEY, stepBy),
  );
}
