// One narrator per trace, built once per trace (and numbering mode) and asked per step.
import { useMemo } from 'react';
import type { Trace } from '../../core/trace.ts';
import { createNarrator, type NarrationCatalogue } from '../../features/narration/index.ts';
import type { SeqMode } from '../../state/store.ts';

export function useNarrators(
  traces: readonly Trace[],
  numbers: SeqMode,
  /** Another language's templates; English when absent. */
  messages?: NarrationCatalogue,
): ((index: number) => string)[] {
  return useMemo(
    () =>
      traces.map((t) =>
        createNarrator(t.events, {
          numbers,
          anomalies: t.summary.anomalies,
          messages,
        }),
      ),
    [traces, numbers, messages],
  );
}
