// The React tree and the initial store state, shared by the client entry (main.tsx) and the
// build-time prerender (prerender.tsx), so the HTML drawn at build time is the very frame the
// client draws first: same components, same scenario, same trace.
import { StrictMode } from 'react';
import type { Trace } from '../core/trace.ts';
import { LabProvider } from '../state/LabProvider.tsx';
import type { LabStore, LabStoreOptions } from '../state/store.ts';
import { App } from './App.tsx';
import { builtInNow, DEFAULT_BUILT_IN } from './builtin-catalogue.ts';
import { LocaleProvider } from './i18n/LocaleProvider.tsx';

/** The store's starting point: the default built-in scenario with its precomputed trace. */
export function initialLabState(scenarioId: string, trace: Trace): LabStoreOptions['initial'] {
  const builtIn = builtInNow(scenarioId) ?? DEFAULT_BUILT_IN;
  return { scenarioId: builtIn.id, scenario: builtIn.scenario, compare: false, traces: [trace] };
}

export function LabRoot({ store }: { store: LabStore }) {
  return (
    <StrictMode>
      <LabProvider store={store}>
        <LocaleProvider>
          <App />
        </LocaleProvider>
      </LabProvider>
    </StrictMode>
  );
}
