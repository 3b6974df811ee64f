// The lab's one source of truth: a vanilla zustand store made by a factory (one per page, or
// per test) and handed to React through context. Slices: scenario, simulation, playback, ui.
// Data flows one way: scenario → worker → traces → store → views; views derive everything
// from (traces, index, time).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Fault, Injection, ProfileName, Protocol, Scenario } from '../core/scenario.ts';
import type { Trace } from '../core/trace.ts';
import type { Locale, Translate, Translations } from '../app/i18n/i18n.tsx';
import type { SimClient } from '../protocol/sim-client.ts';
import {
  buildPlaybackModel,
  seekTime,
  cursorAt,
  stepAtInstant,
  stepBack,
  stepForward,
  timeOfIndex,
  type Cursor,
  type PlaybackModel,
} from './playback-model.ts';
import { playHoldOf } from './playback-clock.ts';
import { questionOpen } from '../features/predict/predict-gate.ts';
import { segmentStops, stepBackBySegment, stepForwardBySegment } from './segment-steps.ts';
import type { TimeScale } from './time-scale.ts';
import { runTimeScale } from './run-time-scale.ts';
import { compareModeOf, scenariosFor, type CompareMode } from './compare-mode.ts';
import type { ScenarioProblem } from './validate-scenario.ts';
import {
  createCaptureActions,
  INITIAL_CAPTURE_SLICE,
  type CaptureActions,
  type CaptureSlice,
} from './capture-slice.ts';

export type SeqMode = 'relative' | 'absolute';
export type SimStatus = 'ready' | 'running' | 'error';

/** A segment in one of the shown traces (two in the side-by-side view). */
export interface SegmentRef {
  trace: number;
  id: number;
}

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 3, 4] as const;
export const MIN_SPEED = SPEEDS[0];
export const MAX_SPEED = SPEEDS[SPEEDS.length - 1]!;

export {
  COMPARE_PROFILES,
  COMPARE_PROTOCOLS,
  scenariosFor,
  type CompareMode,
} from './compare-mode.ts';

export interface LabActions extends CaptureActions {
  /** `moment`: where the playhead lands (paused) once the run is ready, e.g. from a link. */
  loadScenario(
    id: string | null,
    scenario: Scenario,
    options?: { compare?: boolean | CompareMode; moment?: number; step?: number },
  ): void;
  /** Tell the user something went wrong outside a run (e.g. a link that cannot be opened). */
  notify(message: Notice): void;
  addFault(fault: Fault): void;
  removeFault(index: number): void;
  addInjection(injection: Injection): void;
  removeInjection(index: number): void;
  setLatency(ms: number): void;
  setLossRate(rate: number): void;
  setProtocol(protocol: Protocol): void;
  /** The protocols switch: on = two-way next to three-way, off = one run. */
  setCompare(on: boolean): void;
  setCompareMode(mode: CompareMode): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  jumpToStart(): void;
  jumpToEnd(): void;
  /** Scrub bar: after `index` events. */
  seekIndex(index: number): void;
  /** A continuous playhead position (the playback clock, or a click on the time axis). */
  seekTime(time: number): void;
  setSpeed(speed: number): void;
  /** What one step (Step forward / back, a clicker's PageDown / PageUp) moves by. */
  setStepBy(unit: StepUnit): void;
  faster(): void;
  slower(): void;
  select(ref: SegmentRef | null): void;
  setSeqMode(mode: SeqMode): void;
  /** The language everything is shown in (the playhead and the run stay as they are). */
  setLocale(locale: Locale): void;
  dismissError(): void;
  // presenting (ui slice)
  setPresenter(on: boolean): void;
  togglePresenter(): void;
  setPredict(on: boolean): void;
  setHelpOpen(open: boolean): void;
  setShownColumn(column: number | null): void;
  /**
   * Where the playhead really is while playing (the playback clock's motion value): steps
   * reach the store later (commit-pacer.ts), so a run redone meanwhile lands at the moment
   * shown, not at the last committed step. Null: none (the store's own time is the moment).
   */
  setLiveTime(read: (() => number) | null): void;
}

/** How the lab is being shown: read from the address (`?present`, `?embed`, `?predict`). */
export interface PresentModes {
  /** Big type for a projector; editing chrome hidden. */
  presenter: boolean;
  /** Inside an iframe on a slide or course page: timeline, transport and caption only. */
  embed: boolean;
  /** Playing and stepping stop before each arrival that gets an answer, to ask what it is. */
  predict: boolean;
}

/** What a notice is worded with: the page's translator and the shown language's catalogues. */
export interface NoticeWords {
  t: Translate;
  /** null for English (each feature's built-in catalogue). */
  translations: Translations | null;
}

/**
 * What a notice says: finished text, or its wording in whichever language the page shows
 * (worded again when the reader switches language while it is on screen).
 */
export type Notice = string | ((words: NoticeWords) => string);

export type StepUnit = 'event' | 'segment';

/**
 * What a step moves by until one is chosen (features/controls/step-by-setting.ts): by segment
 * in presenter mode (a lecture's clicker), else by event.
 */
export const defaultStepUnit = (presenter: boolean): StepUnit => (presenter ? 'segment' : 'event');

export interface LabState extends CaptureSlice {
  // scenario slice
  scenarioId: string | null;
  scenario: Scenario;
  /** What is shown side by side; `compare` says whether anything is. */
  compareMode: CompareMode;
  /** compareMode !== 'off' (kept for the views that only ask "one run or two?"). */
  compare: boolean;
  // simulation slice
  traces: Trace[];
  /** The protocol each trace was run with (same order as traces). */
  protocols: Protocol[];
  /** The profile each trace was run with (same order as traces). */
  profiles: ProfileName[];
  model: PlaybackModel;
  scale: TimeScale;
  status: SimStatus;
  /** Why the last run failed (engine or worker), for the page. */
  error: string | null;
  /** A problem outside the engine, said plainly (e.g. a broken link); cleared with the error. */
  notice: Notice | null;
  /** What is wrong with the scenario the user asked for; the previous run stays shown. */
  problems: ScenarioProblem[];
  runtimeMs: number | null;
  // playback slice
  index: number;
  time: number;
  playing: boolean;
  speed: number;
  /** What one step moves by: an event (the default), or a moment of segments (segment-steps.ts). */
  stepBy: StepUnit;
  /**
   * Counts the steps taken (forward and back): a listener tells a step from a seek that lands
   * as far (predict mode stops a step at a question, never a seek).
   */
  stepSeq: number;
  // ui slice
  selected: SegmentRef | null;
  seqMode: SeqMode;
  locale: Locale;
  presenter: boolean;
  embed: boolean;
  predict: boolean;
  /** The keyboard shortcuts dialog. */
  helpOpen: boolean;
  /**
   * Two diagrams wider than the screen (a phone): the one scrolled into view. Null when every
   * diagram is in view. The narration and the state machines follow it.
   */
  shownColumn: number | null;
  actions: LabActions;
}

export type LabStore = StoreApi<LabState> & {
  subscribe: {
    (listener: (state: LabState, previous: LabState) => void): () => void;
    <U>(
      selector: (state: LabState) => U,
      listener: (selected: U, previous: U) => void,
      options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
    ): () => void;
  };
};

export interface LabStoreOptions {
  client: SimClient;
  initial: {
    scenarioId: string | null;
    scenario: Scenario;
    compare?: boolean | CompareMode;
    traces?: Trace[];
    /** 'en' when absent (the build-time first frame is English). */
    locale?: Locale;
    modes?: Partial<PresentModes>;
  };
}

function derived(traces: Trace[]): { model: PlaybackModel; scale: TimeScale } {
  return {
    model: buildPlaybackModel(traces),
    scale: runTimeScale(traces),
  };
}

const EMPTY_TRACE = (protocol: Protocol, profile: ProfileName): Trace => ({
  events: [],
  summary: {
    protocol,
    profile,
    seed: 1,
    endTime: 0,
    eventCount: 0,
    truncated: false,
    sockets: [],
    anomalies: [],
  },
});

export function createLabStore({ client, initial }: LabStoreOptions): LabStore {
  const mode0 = compareModeOf(initial.compare ?? false);
  const plan0 = scenariosFor(initial.scenario, mode0);
  const traces0 =
    initial.traces ?? plan0.protocols.map((p, k) => EMPTY_TRACE(p, plan0.profiles[k]!));

  const store = createStore<LabState>()(
    subscribeWithSelector((set, get) => {
      let runSerial = 0;
      /** The playback clock's live playhead (setLiveTime), read when a run lands while playing. */
      let liveTime: (() => number) | null = null;
      /** A moment to land on once the next run is ready (set by loadScenario). */
      let pendingMoment: { time: number; step?: number } | null = null;

      /** Validate, run in the worker, and keep the playhead at the same moment. */
      const simulate = async (): Promise<void> => {
        // An imported capture is on show: edits wait until the user returns to the simulation.
        if (get().capture) return;
        const serial = ++runSerial;
        set({ status: 'running', problems: [], error: null });
        // The scenario format's checks load with the first run that needs them (the first
        // frame's run was made at build time and needs none); the status says 'running' from
        // the edit on, so what waits for the run (a link's first frame) waits for this too.
        let checks: typeof import('./validate-scenario.ts');
        try {
          checks = await import('./validate-scenario.ts');
        } catch (e) {
          if (serial === runSerial)
            set({
              status: 'error',
              error: e instanceof Error ? e.message : String(e),
              playing: false,
            });
          return;
        }
        if (serial !== runSerial) return;
        const { scenario, compareMode } = get();
        const check = checks.validateScenario(scenario);
        if (!check.ok) {
          set({ problems: check.errors, status: 'error', playing: false });
          return;
        }
        const plan = scenariosFor(check.scenario, compareMode);
        const outcome = await client.run(plan.scenarios);
        if (serial !== runSerial || outcome.kind === 'superseded') return;
        if (outcome.kind === 'error') {
          set({ status: 'error', error: outcome.message, playing: false });
          return;
        }
        const { model, scale } = derived(outcome.traces);
        const { index, time, selected, playing, model: before } = get();
        // Same moment as before the edit: the user watches the consequence unfold from here
        // (while playing, the moment on screen, which the last committed step may trail).
        // Stepped to the middle of an instant (the SYN sent, its timer not yet started), as
        // many of that instant's events as before: a link's moment (cursorAt), not the
        // instant's last event, which moved the narration on by a step with each edit.
        const shown = playing && liveTime ? Math.max(time, liveTime()) : time;
        const cursor =
          pendingMoment !== null
            ? cursorAt(model.times, pendingMoment.time, pendingMoment.step)
            : index === 0 && shown === time
              ? { index: 0, time: 0 }
              : shown === time
                ? cursorAt(model.times, time, stepAtInstant(before.times, { index, time }))
                : seekTime(model.times, shown);
        pendingMoment = null;
        const stillThere =
          selected &&
          outcome.traces[selected.trace]?.events.some(
            (e) => 'segment' in e && typeof e.segment === 'object' && e.segment.id === selected.id,
          );
        set({
          traces: outcome.traces,
          protocols: plan.protocols,
          profiles: plan.profiles,
          model,
          scale,
          status: 'ready',
          runtimeMs: outcome.elapsedMs,
          index: cursor.index,
          time: cursor.time,
          selected: stillThere ? selected : null,
        });
      };

      const editScenario = (change: (s: Scenario) => Scenario): void => {
        set({ scenario: change(get().scenario) });
        void simulate();
      };

      const moveTo = (cursor: { index: number; time: number }): void =>
        set({ index: cursor.index, time: cursor.time });

      /** One step, by event or by segment (the store's stepBy), counted in stepSeq. */
      const step = (
        byEvent: (times: Float64Array, c: Cursor) => Cursor,
        bySegment: (stops: Int32Array, times: Float64Array, c: Cursor) => Cursor,
      ): void => {
        const s = get();
        // Predict mode: a question open here is revealed by a one-event step (predict-stops.ts),
        // and a step by segment stops at the next question as playing does (the clock's hold),
        // so nothing past it is ever rendered, not even for the moment the stops take to react.
        const bySegmentHere = s.stepBy === 'segment' && !questionOpen(store, s);
        let to = bySegmentHere
          ? bySegment(segmentStops(s.traces, s.model), s.model.times, s)
          : byEvent(s.model.times, s);
        if (bySegmentHere && to.index > s.index) to = playHoldOf(store)?.(s, to, s.time) ?? to;
        set({ playing: false, ...to, stepSeq: s.stepSeq + 1 });
      };

      const actions: LabActions = {
        loadScenario(id, scenario, options) {
          pendingMoment =
            options?.moment === undefined ? null : { time: options.moment, step: options.step };
          const mode =
            options?.compare === undefined ? get().compareMode : compareModeOf(options.compare);
          set({
            scenarioId: id,
            scenario,
            compareMode: mode,
            compare: mode !== 'off',
            index: 0,
            time: 0,
            playing: false,
            selected: null,
            capture: null,
            // A message about an earlier attempt (a broken link, an unreadable file) no longer
            // describes what is on screen.
            notice: null,
          });
          void simulate();
        },
        addFault: (fault) => editScenario((s) => ({ ...s, faults: [...(s.faults ?? []), fault] })),
        removeFault: (i) =>
          editScenario((s) => ({ ...s, faults: (s.faults ?? []).filter((_, j) => j !== i) })),
        addInjection: (inj) => editScenario((s) => ({ ...s, inject: [...(s.inject ?? []), inj] })),
        removeInjection: (i) =>
          editScenario((s) => ({ ...s, inject: (s.inject ?? []).filter((_, j) => j !== i) })),
        setLatency: (ms) => editScenario((s) => ({ ...s, latencyMs: ms })),
        setLossRate: (rate) => editScenario((s) => ({ ...s, lossRate: rate })),
        setProtocol: (protocol) => editScenario((s) => ({ ...s, protocol })),
        setCompare: (on) => get().actions.setCompareMode(on ? 'protocols' : 'off'),
        setCompareMode(mode) {
          if (mode === get().compareMode) return;
          set({ compareMode: mode, compare: mode !== 'off', selected: null });
          void simulate();
        },
        play() {
          const { index, time, model } = get();
          if (index >= model.length && time >= model.endTime) moveTo({ index: 0, time: 0 });
          set({ playing: true });
        },
        pause: () => set({ playing: false }),
        togglePlay: () => (get().playing ? get().actions.pause() : get().actions.play()),
        stepForward: () => step(stepForward, stepForwardBySegment),
        stepBack: () => step(stepBack, stepBackBySegment),
        jumpToStart: () => set({ playing: false, index: 0, time: 0 }),
        jumpToEnd: () => {
          const { model } = get();
          set({ playing: false, index: model.length, time: model.endTime });
        },
        seekIndex(index) {
          const { model } = get();
          const i = Math.max(0, Math.min(Math.round(index), model.length));
          set({ index: i, time: timeOfIndex(model.times, i) });
        },
        seekTime: (time) => moveTo(seekTime(get().model.times, time)),
        setStepBy: (stepBy) => set({ stepBy }),
        setSpeed: (speed) => set({ speed: Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed)) }),
        faster() {
          const next = SPEEDS.find((s) => s > get().speed);
          if (next !== undefined) set({ speed: next });
        },
        slower() {
          const next = [...SPEEDS].reverse().find((s) => s < get().speed);
          if (next !== undefined) set({ speed: next });
        },
        select: (selected) => set({ selected }),
        setSeqMode: (seqMode) => set({ seqMode }),
        setLocale: (locale) => set({ locale }),
        notify: (notice) => set({ notice }),
        dismissError: () => set({ error: null, notice: null, problems: [], status: 'ready' }),
        ...createCaptureActions(set, get, () => {
          runSerial++;
          pendingMoment = null;
        }),
        setPresenter: (presenter) => set({ presenter }),
        togglePresenter: () => set({ presenter: !get().presenter }),
        setPredict: (predict) => set({ predict }),
        setHelpOpen: (helpOpen) => set({ helpOpen }),
        setShownColumn: (shownColumn) => {
          if (get().shownColumn !== shownColumn) set({ shownColumn });
        },
        setLiveTime: (read) => {
          liveTime = read;
        },
      };

      return {
        scenarioId: initial.scenarioId,
        scenario: initial.scenario,
        compareMode: mode0,
        compare: mode0 !== 'off',
        traces: traces0,
        protocols: plan0.protocols,
        profiles: plan0.profiles,
        ...derived(traces0),
        status: initial.traces ? 'ready' : 'running',
        error: null,
        notice: null,
        problems: [],
        runtimeMs: null,
        index: 0,
        time: 0,
        playing: false,
        speed: 1,
        stepBy: defaultStepUnit(initial.modes?.presenter ?? false),
        stepSeq: 0,
        selected: null,
        seqMode: 'absolute',
        locale: initial.locale ?? 'en',
        ...INITIAL_CAPTURE_SLICE,
        presenter: initial.modes?.presenter ?? false,
        embed: initial.modes?.embed ?? false,
        predict: initial.modes?.predict ?? false,
        helpOpen: false,
        shownColumn: null,
        actions,
      };
    }),
  ) as LabStore;

  if (!initial.traces)
    store.getState().actions.loadScenario(initial.scenarioId, initial.scenario, { compare: mode0 });
  return store;
}
