import { createRoot } from 'react-dom/client';
import { initialScenarioId, initialTrace } from 'virtual:initial-trace';
import { createModuleWorker, createSimClient } from '../protocol/sim-client.ts';
import { createLabStore } from '../state/store.ts';
import { initialLabState, LabRoot } from './prerender-root.tsx';
import { initialLocale } from './i18n/locale-preference.ts';
import { loadTranslations } from './i18n/translations.ts';
import { languageInAddress } from './url-sync.ts';
import { readModes } from './url-sync.ts';
import type { Scenario } from '../core/scenario.ts';
import { startOfflineSupport } from '../features/offline/start-offline.ts';
import './app.css';

// The default scenario's trace was computed at build time by the same engine (vite.config.ts),
// so the first diagram needs neither the worker nor a round trip.
// The language: the link's, else the visitor's earlier choice, else the browser's.
const locale = initialLocale(languageInAddress());
const client = createSimClient({ createWorker: createModuleWorker });
const store = createLabStore({
  client,
  initial: {
    ...initialLabState(initialScenarioId, initialTrace),
    locale,
    // Presenter, embed and predict mode come from the query string, before the first frame.
    modes: readModes(window.location.search),
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

// #root holds the build-time prerender of this very frame (prerender.tsx), already painted.
// A new root (not hydration: the markup holds one timeline per window width) replaces it in
// its first commit, and the timeline measures its width before that commit is painted, so the
// switch shows no empty frame. (Not a transition: a time-sliced first render would leave the
// page looking ready while keys pressed on it are still lost, for longer.)
const render = (): void =>
  createRoot(document.getElementById('root')!).render(<LabRoot store={store} />);
// Another language's catalogues are fetched first, so the client's first commit is already in
// that language (the prerendered English frame stays painted meanwhile). If the fetch fails,
// the app starts anyway and says so (LocaleProvider).
if (locale === 'en') render();
else loadTranslations(locale).then(render, render);

// Offline after the first visit (src/features/offline): production builds only, after load.
if (import.meta.env.PROD) startOfflineSupport();

// The default scenario needs no worker, but the first edit does: start it once the first
// frame is up and the page is idle, so that edit does not also wait for the worker to load.
const whenIdle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
whenIdle(() => client.warm(), { timeout: 1500 });
