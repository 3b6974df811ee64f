// One narrator per trace, built once per trace (and numbering mode) and asked per step.
// The narration (its templates and sentence builders are a tenth of the app's code) is not
// needed for the first frame, which shows the start of the run: it is loaded as the app
// mounts, and the caption speaks from the first step after it has arrived.
import { useEffect, useMemo, useState } from 'react';
import type { Trace } from '../../core/trace.ts';
import type { NarrationCatalogue } from '../../features/narration/messages.en.ts';
import type { Narrator } from '../../features/narration/narrate.ts';
import type { SeqMode } from '../../state/store.ts';
import { whenIdle } from '../when-idle.ts';

type NarrationModule = typeof import('../../features/narration/narrate.ts');

let loaded: NarrationModule | null = null;
let loading: Promise<NarrationModule> | null = null;

/** Starts loading the narration once; resolves with it. */
export function loadNarration(): Promise<NarrationModule> {
  loading ??= import('../../features/narration/narrate.ts').then((m) => (loaded = m));
  return loading;
}

/**
 * Narrators for the traces, or none while the narration is still loading; `unavailable` once
 * its code could not be loaded (offline before the offline copy): the caption then says so,
 * and the diagram, which does not need it, keeps working.
 */
export function useNarrators(
  traces: readonly Trace[],
  numbers: SeqMode,
  /** Another language's templates; English when absent. */
  messages?: NarrationCatalogue,
): { narrators: Narrator[]; unavailable: boolean } {
  const [narration, setNarration] = useState<NarrationModule | null>(loaded);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    if (narration) return;
    let live = true;
    loadNarration().then(
      (m) => live && setNarration(m),
      () => live && setUnavailable(true),
    );
    return () => {
      live = false;
    };
  }, [narration]);
  const narrators = useMemo(
    () =>
      narration
        ? traces.map((t) =>
            narration.createNarrator(t.events, {
              numbers,
              anomalies: t.summary.anomalies,
              profile: t.summary.profile,
              messages,
            }),
          )
        : [],
    [narration, traces, numbers, messages],
  );
  // Each trace's lookups are built while the page is idle after a run arrives: otherwise the
  // first sentence asked of a long trace (a seek into 10,000 events) pays for passes over all
  // of it, in code not yet compiled, within the frame of the seek.
  useEffect(() => whenIdle(() => narrators.forEach((say) => say.prepare()), 2000), [narrators]);
  return { narrators, unavailable };
}
