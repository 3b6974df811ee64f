// The one place where the URL is read and written. The fragment is a projection of the store
// (scenario or preset plus changes, comparison, speed, the moment): changes replace the
// current history entry, choosing another scenario pushes a new one so Back is meaningful,
// and Back/Forward load the experiment they name. Nothing is written while playing (the
// moment is written once playback pauses), so history is not flooded.
import { useEffect, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import { decodeLink, encodeLink, type Experiment, type LinkError } from '../share/link-codec.ts';
import { stepAtInstant } from '../state/playback-model.ts';
import type { LabState, LabStore } from '../state/store.ts';
import type { Scenario } from '../core/scenario.ts';
import { findBuiltIn } from './builtin-scenarios.ts';
import type { Translate } from './i18n/i18n.tsx';

const lookup = (id: string) => findBuiltIn(id)?.scenario;

/** How long the moment must stay put before the address is rewritten. */
const SETTLE_MS = 250;

function experimentOf(s: LabState): Experiment {
  const x: Experiment = {
    scenario: s.scenario,
    compare: s.compare,
    speed: s.speed,
    moment: s.time,
  };
  if (s.scenarioId !== null) x.preset = s.scenarioId;
  // Several events often share an instant: say how many of them have happened.
  // (The start of the run, before any event, is written as no moment at all.)
  const step =
    s.index === 0 ? undefined : stepAtInstant(s.model.times, { index: s.index, time: s.time });
  if (step !== undefined) x.step = step;
  return x;
}

/** The link for the store's current experiment (also used by the share dialog later). */
export function linkFor(s: LabState): string {
  return encodeLink(experimentOf(s), lookup);
}

/**
 * The whole address to share for the store's experiment, and the same address in embed mode
 * (`?embed`, read by the presentation code): this page's location with the experiment's
 * fragment. Any other query parameters are kept; an `embed` already there is not.
 */
export function shareUrlsFor(s: LabState): { link: string; embed: string } {
  const { origin, pathname, search } = window.location;
  const params = new URLSearchParams(search);
  params.delete('embed');
  const rest = params.toString();
  const fragment = linkFor(s);
  return {
    link: `${origin}${pathname}${rest ? `?${rest}` : ''}${fragment}`,
    embed: `${origin}${pathname}?embed${rest ? `&${rest}` : ''}${fragment}`,
  };
}

/** Set while a load should become its own history entry even if the scenario id stays the same. */
let navigating = false;

/**
 * Load a scenario as a navigation (an imported file): a new history entry, so Back returns
 * to the experiment before it, as when another scenario is chosen in the picker.
 */
export function loadScenarioAsNavigation(
  store: LabStore,
  id: string | null,
  scenario: Scenario,
  options?: { compare?: boolean },
): void {
  navigating = true;
  try {
    store.getState().actions.loadScenario(id, scenario, options);
  } finally {
    navigating = false;
  }
}

export function describeLinkError(error: LinkError, t: Translate): string {
  return error.kind === 'newer-version'
    ? t('link.newerVersion', { version: error.version })
    : t('link.malformed', { detail: error.detail });
}

/** Load the experiment a fragment names; say what is wrong with it otherwise. */
export function applyLink(store: LabStore, hash: string, t: Translate): void {
  if (hash === '' || hash === '#') return;
  const result = decodeLink(hash, lookup);
  const { actions } = store.getState();
  if (!result.ok) {
    actions.notify(describeLinkError(result.error, t));
    return;
  }
  const x = result.experiment;
  actions.setSpeed(x.speed);
  const atStart = x.moment === 0 && x.step === undefined;
  actions.loadScenario(x.preset ?? null, x.scenario, {
    compare: x.compare,
    ...(atStart ? {} : { moment: x.moment }),
    ...(x.step !== undefined ? { step: x.step } : {}),
  });
}

export function useUrlSync(store: LabStore, t: Translate): void {
  // The latest translator, without making the effect (which reads the URL) run again.
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);
  useEffect(() => {
    let applying = false;
    const apply = (): void => {
      applying = true;
      applyLink(store, window.location.hash, tRef.current);
      applying = false;
    };
    apply();
    window.addEventListener('popstate', apply);
    // Stepping and scrubbing move the moment many times a second: the address follows once
    // the movement settles. Choosing a scenario is written at once, as a new history entry.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = (push: boolean): void => {
      pending = undefined;
      const state = store.getState();
      if (state.playing) return;
      const link = linkFor(state);
      if (link === window.location.hash) return;
      const url = `${window.location.pathname}${window.location.search}${link}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const unsubscribe = store.subscribe(
      (s) => [s.scenarioId, s.scenario, s.compare, s.speed, s.time, s.index, s.playing] as const,
      ([id], [prevId]) => {
        if (pending !== undefined) clearTimeout(pending);
        if ((id !== prevId || navigating) && !applying) write(true);
        else pending = setTimeout(() => write(false), SETTLE_MS);
      },
      { equalityFn: shallow },
    );
    return () => {
      if (pending !== undefined) clearTimeout(pending);
      window.removeEventListener('popstate', apply);
      unsubscribe();
    };
  }, [store]);
}
