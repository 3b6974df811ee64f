import { startTransition, useEffect } from 'react';
import { initialScenarioId, initialTrace } from 'virtual:initial-trace';
import { createModuleWorker, createSimClient } from '../protocol/sim-client.ts';
import { createLabStore, type LabStore } from '../state/store.ts';
import { initialLabState, LabRoot } from './prerender-root.tsx';
import { holdEarlyInput } from './early-input.ts';
import { PrerenderSizeContext } from './prerender-size.ts';
import { loadBuiltIns } from './builtin-catalogue.ts';
import { whenIdle } from './when-idle.ts';
import { initialLocale } from './i18n/locale-preference.ts';
import { loadTranslations } from './i18n/translations.ts';
import { languageInAddress, whenLinkReadable } from './url-sync.ts';
import { readModes } from './url-sync.ts';
import type { Scenario } from '../core/scenario.ts';
import type { WarmUpStatus } from '../protocol/messages.ts';
import { startOfflineSupport } from '../features/offline/start-offline.ts';
import { warmTextMeasurement } from '../features/timeline/label-fit.ts';
import { loadArrowheadHandle } from '../features/timeline/SegmentArrow.tsx';
import { loadTagPlacement } from '../features/timeline/motion-parts.tsx';
import './app.css';

// A small automation surface for benchmarks and outside tools (the UI never uses it): load any
// scenario object (validated like every other input), read the store, and see how far the
// simulation worker's warm-up got (the bench waits for it like a user who has opened the page).
declare global {
  interface Window {
    handshakeLab?: {
      store: LabStore;
      loadScenario: (scenario: Scenario, options?: { compare?: boolean }) => void;
      workerWarmUp: () => WarmUpStatus;
    };
  }
}

// #root holds the build-time prerender of the app's first frame (prerender.tsx), already
// painted. Until the app has mounted, what is done to it is kept and then replayed on the app.
const container = document.getElementById('root')!;
const replayEarlyInput = holdEarlyInput(container);

// Loading takes three tasks, not one long one in which the page could not respond (issue #3:
// no task over 120 ms during load): evaluating the entry; then React DOM's set-up, the largest
// part (its CommonJS module runs when first imported, and only this dynamic import asks for it:
// it is in the "react" chunk the entry already loaded, see vite.config.ts); then creating the
// store and starting the app's render, itself time-sliced.
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
// A link is read once the presets it may name have loaded (fetched alongside React DOM).
const linkReadable = new Promise<void>((resolve) =>
  whenLinkReadable(window.location.hash, resolve),
);
void nextTask()
  .then(() => import('react-dom/client'))
  .then(async ({ createRoot }) => {
    await nextTask();
    await linkReadable;
    start(createRoot);
  });

function start(createRoot: typeof import('react-dom/client').createRoot): void {
  // The default scenario's trace was computed at build time by the same engine
  // (vite.config.ts), so the first diagram needs neither the worker nor a round trip.
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
  window.handshakeLab = {
    store,
    loadScenario: (scenario, options) =>
      store.getState().actions.loadScenario(null, scenario, options),
    workerWarmUp: () => client.warmUpStatus(),
  };

  // A new root (not hydration: the markup holds one timeline per window width) replaces the
  // prerendered markup in its first commit, and the timeline measures its width before that
  // commit is painted, so the switch shows no empty frame. The render is a transition: React
  // renders the app in slices of a few milliseconds between which the page stays responsive,
  // instead of in one long task (issue #3: no task over 120 ms during load). The timeline is
  // told the size of the prerendered one on screen, so that it is drawn in those slices too,
  // not only once it has measured itself (in one go, in the commit), and so that measuring
  // itself in the commit changes nothing and re-renders nothing.
  const prerendered = Array.from(container.querySelectorAll('.timeline-scroll'));
  const shown = prerendered.find((el) => el.clientWidth > 0);
  const size = shown ? { width: shown.clientWidth, height: shown.clientHeight } : null;
  const render = (): void =>
    startTransition(() =>
      createRoot(container).render(
        <PrerenderSizeContext value={size}>
          <LabRoot store={store} />
          <AfterFirstCommit run={replayEarlyInput} />
        </PrerenderSizeContext>,
      ),
    );
  // Another language's catalogues are fetched first, so the client's first commit is already
  // in that language (the prerendered English frame stays painted meanwhile). If the fetch
  // fails, the app starts anyway and says so (LocaleProvider).
  if (locale === 'en') render();
  else loadTranslations(locale).then(render, render);

  // Offline after the first visit (src/features/offline): production builds only, after load.
  if (import.meta.env.PROD) startOfflineSupport();

  // The default scenario needs no worker, but the first edit does: start it once the first
  // frame is up and the page is idle, so that edit does not also wait for the worker to load,
  // nor run in a cold engine (the worker warms it up meanwhile, src/protocol/warm-up.ts).
  // The presets' contents too, so choosing one in the picker does not wait for them.
  whenIdle(() => {
    client.warm();
    // Ahead of need only: a choice in the picker loads them again, and says if it cannot.
    loadBuiltIns().catch(() => {});
    void loadArrowheadHandle();
    void loadTagPlacement();
  }, 1500);
  // Then, on its own, what the first step that fits a label would otherwise pay for.
  whenIdle(warmTextMeasurement, 3000);
}

/** Calls `run` once the app's first commit is done and its effects (shortcuts…) installed. */
function AfterFirstCommit({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}
