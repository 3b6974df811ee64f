import { createRoot } from 'react-dom/client';
import { initialScenarioId, initialTrace } from 'virtual:initial-trace';
import { createModuleWorker, createSimClient } from '../protocol/sim-client.ts';
import { createLabStore } from '../state/store.ts';
import { initialLabState, LabRoot } from './prerender-root.tsx';
import type { Scenario } from '../core/scenario.ts';
import './app.css';

// The default scenario's trace was computed at build time by the same engine (vite.config.ts),
// so the first diagram needs neither the worker nor a round trip.
const client = createSimClient({ createWorker: createModuleWorker });
const store = createLabStore({
  client,
  initial: initialLabState(initialScenarioId, initialTrace),
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

// #root holds the build-time prerender of this very frame (prerender.tsx), already painted.
// A new root (not hydration: the markup holds one timeline per window width) replaces it in
// its first commit, and the timeline measures its width before that commit is painted, so the
// switch shows no empty frame. (Not a transition: a time-sliced first render would leave the
// page looking ready while keys pressed on it are still lost, for longer.)
createRoot(document.getElementById('root')!).render(<LabRoot store={store} />);

// The default scenario needs no worker, but the first edit does: start it once the first
// frame is up and the page is idle, so that edit does not also wait for the worker to load.
const whenIdle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
whenIdle(() => client.warm(), { timeout: 1500 });
