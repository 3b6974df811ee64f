// The one place where the URL is read and written. The fragment is a projection of the store
// (scenario or preset plus changes, comparison, speed, the moment): changes replace the
// current history entry, choosing another scenario pushes a new one so Back is meaningful,
// and Back/Forward load the experiment they name. Nothing is written while playing (the
// moment is written once playback pauses), so history is not flooded. The language travels
// too (`l=`, only when not English): a link's language wins over the reader's own.
// How the lab is shown (presenter, embed, predict) lives in query parameters instead: they
// are not part of the experiment, and #v1 links stay exactly as they were.
import { useEffect } from 'react';
import { sayProblem } from '../features/scenario-problems/say-problem.ts';
import {
  encodeLink,
  linkLanguage,
  type Experiment,
  type LinkError,
  type LinkProblem,
} from '../share/link-format.ts';
import { stepAtInstant } from '../state/playback-model.ts';
import type { LabState, LabStore, NoticeWords, PresentModes } from '../state/store.ts';
import type { Scenario } from '../core/scenario.ts';
import { builtInNow, loadBuiltIns } from './builtin-catalogue.ts';
import { releaseLinkPending } from './link-pending.ts';
import { format, type Locale } from './i18n/i18n.tsx';

// Links name presets by id: a link is read once the presets' contents have loaded
// (whenLinkReadable), and written only for a preset that is on show, so loaded.
const lookup = (id: string) => builtInNow(id)?.scenario;

type LinkReader = typeof import('../share/link-codec.ts');
let reader: LinkReader | null = null;

/**
 * Loads the link reader once. It validates the scenario a link carries with the scenario
 * format's checks, which the first frame does not need: they load with the first link to read
 * (or the first run to check, src/state/store.ts).
 */
export function loadLinkReader(): Promise<LinkReader> {
  return import('../share/link-codec.ts').then((m) => (reader = m));
}

/**
 * Runs `read` once a link in `hash` can be decoded: at once when there is none; else after
 * the link reader and the presets' contents have loaded (if the presets cannot load, a preset
 * link says so; if the reader cannot, applyLink does).
 */
export function whenLinkReadable(hash: string, read: () => void): void {
  if (hash.length <= 1) read();
  else void Promise.all([loadBuiltIns(), loadLinkReader()]).then(read, read);
}

/** Tuples with the same items (Object.is), for the subscriptions below. */
const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** How long the moment must stay put before the address is rewritten. */
const SETTLE_MS = 250;

function experimentOf(s: LabState): Experiment {
  const x: Experiment = {
    scenario: s.scenario,
    compare: s.compareMode !== 'off',
    speed: s.speed,
    moment: s.time,
  };
  if (s.compareMode === 'profiles') x.compareBy = 'profiles';
  if (s.scenarioId !== null) x.preset = s.scenarioId;
  // Several events often share an instant: say how many of them have happened.
  // (The start of the run, before any event, is written as no moment at all.)
  const step =
    s.index === 0 ? undefined : stepAtInstant(s.model.times, { index: s.index, time: s.time });
  if (step !== undefined) x.step = step;
  if (s.locale !== 'en') x.language = s.locale;
  return x;
}

/** The link for the store's current experiment (also used by the share dialog later). */
export function linkFor(s: LabState): string {
  return encodeLink(experimentOf(s), lookup);
}

/** The query parameter of each mode: `?present`, `?embed` (the share dialog's iframe snippets use it), `?predict`. */
export const MODE_PARAMS: Readonly<Record<keyof PresentModes, string>> = {
  presenter: 'present',
  embed: 'embed',
  predict: 'predict',
};

/** The modes a query string asks for (a parameter's presence turns its mode on). */
export function readModes(search: string): PresentModes {
  const q = new URLSearchParams(search);
  return {
    presenter: q.has(MODE_PARAMS.presenter),
    embed: q.has(MODE_PARAMS.embed),
    predict: q.has(MODE_PARAMS.predict),
  };
}

/** The query string with the given modes switched on or off; other parameters kept. */
export function searchWithModes(search: string, modes: Partial<PresentModes>): string {
  const q = new URLSearchParams(search);
  for (const mode of Object.keys(MODE_PARAMS) as (keyof PresentModes)[]) {
    const on = modes[mode];
    if (on === true && !q.has(MODE_PARAMS[mode])) q.set(MODE_PARAMS[mode], '');
    if (on === false) q.delete(MODE_PARAMS[mode]);
  }
  // `?present`, not `?present=`.
  const text = q.toString().replace(/=(?=&|$)/g, '');
  return text === '' ? '' : `?${text}`;
}

/** The full lab for what an embedded lab shows: same experiment, without `?embed`. */
export function fullLabHref(s: LabState): string {
  return shareUrlsFor(s).link;
}

/**
 * The whole address to share for the store's experiment, and the same address in embed mode
 * (`?embed`, read by the presentation code): this page's location with the experiment's
 * fragment. Other query parameters are kept.
 */
export function shareUrlsFor(s: LabState): { link: string; embed: string } {
  const { origin, pathname, search } = window.location;
  const at = (modes: Partial<PresentModes>) =>
    `${origin}${pathname}${searchWithModes(search, modes)}${linkFor(s)}`;
  return { link: at({ embed: false }), embed: at({ embed: true }) };
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

/**
 * A link problem in the page's language (a scenario's own problem worded as the page words it).
 * The English wording comes with the reader that found the problem (link-codec.ts), the
 * others with their language's bundle: neither is in the first frame's catalogue.
 */
function describeLinkProblem(problem: LinkProblem, { translations }: NoticeWords): string {
  const values = problem.scenarioProblem
    ? { ...problem.values, message: sayProblem(problem.scenarioProblem, translations) }
    : problem.values;
  const template =
    translations?.linkProblems[problem.code] ?? reader?.LINK_PROBLEMS[problem.code] ?? problem.code;
  return format(template, values);
}

/**
 * @param opening the page is opening with this link: what it shows instead is the default
 *   scenario, not one the user had open.
 */
export function describeLinkError(error: LinkError, words: NoticeWords, opening = false): string {
  const { t } = words;
  const problem =
    error.kind === 'newer-version'
      ? t('link.newerVersion', { version: error.version })
      : t('link.malformed', { detail: describeLinkProblem(error.problem, words) });
  const fallback = t(opening ? 'link.openedDefault' : 'link.keptCurrent');
  return t('link.withFallback', { problem, fallback });
}

/**
 * Load the experiment a fragment names; say what is wrong with it otherwise.
 * @param opening the page is opening with this link (not a link followed from the page).
 */
export function applyLink(store: LabStore, hash: string, opening = false): void {
  if (hash === '' || hash === '#') return;
  const { actions } = store.getState();
  if (!reader) {
    actions.notify(({ t }) => t('link.unreadable'));
    return;
  }
  const result = reader.decodeLink(hash, lookup);
  if (!result.ok) {
    const { error } = result;
    actions.notify((words) => describeLinkError(error, words, opening));
    return;
  }
  const x = result.experiment;
  if (x.language !== undefined) actions.setLocale(x.language);
  actions.setSpeed(x.speed);
  const atStart = x.moment === 0 && x.step === undefined;
  actions.loadScenario(x.preset ?? null, x.scenario, {
    compare: x.compare ? (x.compareBy ?? 'protocols') : 'off',
    ...(atStart ? {} : { moment: x.moment }),
    ...(x.step !== undefined ? { step: x.step } : {}),
  });
  // Said after the load (which clears any notice): what of the link was left out.
  const { ignored } = result;
  if (ignored.length > 0)
    actions.notify((words) =>
      words.t('link.partlyIgnored', {
        detail: ignored.map((p) => describeLinkProblem(p, words)).join('; '),
      }),
    );
}

/** The language the page's address names, if any (read before the first render: main.tsx). */
export function languageInAddress(): Locale | undefined {
  return linkLanguage(window.location.hash);
}

/** Whether `hash` names an element of the page (an anchor such as "#transport"). */
function isPageAnchor(hash: string): boolean {
  const id = hash.slice(1);
  return id !== '' && document.getElementById(id) !== null;
}

export function useUrlSync(store: LabStore): void {
  useEffect(() => {
    let applying = false;
    let disposed = false;
    const apply = (opening: boolean, then?: () => void): void => {
      const hash = window.location.hash;
      // An in-page anchor (the skip link's "#transport") moves focus; it is not a link to read.
      if (isPageAnchor(hash)) {
        then?.();
        return;
      }
      whenLinkReadable(hash, () => {
        if (disposed) return;
        applying = true;
        applyLink(store, hash, opening);
        applying = false;
        then?.();
      });
    };
    apply(true, () => releaseLinkPending(store));
    const onPopState = (): void => apply(false);
    window.addEventListener('popstate', onPopState);
    // Stepping and scrubbing move the moment many times a second: the address follows once
    // the movement settles. Choosing a scenario is written at once, as a new history entry.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = (push: boolean): void => {
      pending = undefined;
      const state = store.getState();
      // A capture cannot be encoded in a link: the address keeps naming the last scenario.
      if (state.playing || state.capture !== null) return;
      const link = linkFor(state);
      if (link === window.location.hash) return;
      const url = `${window.location.pathname}${window.location.search}${link}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const unsubscribe = store.subscribe(
      (s) =>
        [
          s.scenarioId,
          s.scenario,
          s.compareMode,
          s.speed,
          s.time,
          s.index,
          s.playing,
          s.locale,
        ] as const,
      ([id], [prevId]) => {
        if (pending !== undefined) clearTimeout(pending);
        if ((id !== prevId || navigating) && !applying) write(true);
        else pending = setTimeout(() => write(false), SETTLE_MS);
      },
      { equalityFn: sameItems },
    );
    // Presenter and predict mode are kept in the address, so a reload or a copied address
    // comes back the same way.
    const unsubscribeModes = store.subscribe(
      (s) => [s.presenter, s.predict] as const,
      ([presenter, predict]) => {
        const search = searchWithModes(window.location.search, { presenter, predict });
        if (search === window.location.search) return;
        const { pathname, hash } = window.location;
        window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
      },
      { equalityFn: sameItems },
    );
    return () => {
      disposed = true;
      if (pending !== undefined) clearTimeout(pending);
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
      unsubscribeModes();
    };
  }, [store]);
}
