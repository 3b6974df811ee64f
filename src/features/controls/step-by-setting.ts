// What a step moves by (the store's stepBy: an event, or a moment of segments), remembered in
// the browser like the single-key setting (stored-setting.ts): a lecturer sets it once for the
// clicker and it holds after a reload. Until one is chosen, presenter mode steps by segment
// (a lecture's clicker: the old-SYN story's copy arrives at step 13, not at event 102) and the
// normal view by event. The store stays the one source of truth; this only seeds it and
// follows it.
import { defaultStepUnit, type LabStore, type StepUnit } from '../../state/store.ts';
import { readSetting, writeSetting } from '../../app/stored-setting.ts';

const STORAGE_KEY = 'handshake-lab.step-by';

const isStepUnit = (value: string | null): value is StepUnit =>
  value === 'segment' || value === 'event';

/**
 * Seeds the store with the remembered choice, or the mode's default; remembers each choice
 * made (not the defaults it sets itself); returns the stop.
 */
export function rememberStepBy(store: LabStore): () => void {
  const remembered = readSetting(STORAGE_KEY);
  let chosen = isStepUnit(remembered);
  /** True while this module sets a default: that is not a choice to remember. */
  let defaulting = false;
  const setDefault = (presenter: boolean) => {
    const unit = defaultStepUnit(presenter);
    if (unit === store.getState().stepBy) return;
    defaulting = true;
    store.setState({ stepBy: unit });
    defaulting = false;
  };
  if (isStepUnit(remembered)) {
    if (remembered !== store.getState().stepBy) store.setState({ stepBy: remembered });
  } else setDefault(store.getState().presenter);
  const stopRemembering = store.subscribe(
    (s) => s.stepBy,
    (stepBy) => {
      if (defaulting) return;
      chosen = true;
      writeSetting(STORAGE_KEY, stepBy);
    },
  );
  const stopFollowing = store.subscribe(
    (s) => s.presenter,
    (presenter) => {
      if (!chosen) setDefault(presenter);
    },
  );
  return () => {
    stopRemembering();
    stopFollowing();
  };
}
