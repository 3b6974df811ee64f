import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialScenarioId, initialTrace } from 'virtual:initial-trace';
import { createModuleWorker, createSimClient } from '../protocol/sim-client.ts';
import { LabProvider } from '../state/LabProvider.tsx';
import { createLabStore } from '../state/store.ts';
import { App } from './App.tsx';
import { BUILT_IN_SCENARIOS, findBuiltIn } from './builtin-scenarios.ts';
import { I18nProvider } from './i18n/i18n.tsx';
import type { Scenario } from '../core/scenario.ts';
import './app.css';

// The default scenario's trace was computed at build time by the same engine (vite.config.ts),
// so the first diagram needs neither the worker nor a round trip.
const builtIn = findBuiltIn(initialScenarioId) ?? BUILT_IN_SCENARIOS[0]!;
const store = createLabStore({
  client: createSimClient({ createWorker: createModuleWorker }),
  initial: {
    scenarioId: builtIn.id,
    scenario: builtIn.scenario,
    compare: false,
    traces: [initialTrace],
  },
});

// A small automation surface for benchmarks and outside tools (the UI never uses it): load any
// scenario object (validated like every other input) and read the store.
declare global {
  interface Window {
    handshakeLab?: {
      store: typeof store;
      loadScenario: (scenario: Scenario, options?: { compare?: boolean }) => void;
    };
  }
}
window.handshakeLab = {
  store,
  loadScenario: (scenario, options) =>
    store.getState().actions.loadScenario(null, scenario, options),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <LabProvider store={store}>
        <App />
      </LabProvider>
    </I18nProvider>
  </StrictMode>,
);
