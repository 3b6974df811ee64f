// The one animation clock. While playing, a single requestAnimationFrame loop advances one
// shared motion value (the playhead, in virtual ms); every moving thing on screen derives its
// position from that value. The store hears about it only when the playhead crosses an event
// (a discrete step), so React re-renders on steps, never every frame.
//
// Speed is measured in display time, not virtual time: the time scale squeezes idle gaps, so
// a 4-minute TIME-WAIT passes as quickly as any short stretch of the diagram.
import type { MotionValue } from 'framer-motion';
import { createCommitPacer } from './commit-pacer.ts';
import { indexAtTime } from './playback-model.ts';
import type { LabStore } from './store.ts';

/** Display milliseconds played per second of wall time at 1×. */
export const DISPLAY_MS_PER_SECOND = 250;

/** Longest frame we integrate over: a background tab does not leap to the end on return. */
const MAX_FRAME_MS = 100;

/** The cursor: events applied, and the moment. */
export interface ClockCursor {
  index: number;
  time: number;
}

/**
 * Where playing from `from` (the store's cursor, which may trail the playhead) to `to` has to
 * stop instead (just before an event), or null to go on. `shown`: the playhead's time before
 * this frame, what the screen shows now. Predict mode (predict-stops.ts) sets one: the clock
 * stops at its question on the frame it reaches it, so nothing past it (the reply's line, its
 * packet) is ever drawn, even while the store's steps trail the playhead.
 */
export type PlayHold = (from: ClockCursor, to: ClockCursor, shown: number) => ClockCursor | null;

const holds = new WeakMap<LabStore, PlayHold>();

/** Sets (or, with null, removes) the hold the clock of `store` consults every frame. */
export function setPlayHold(store: LabStore, hold: PlayHold | null): void {
  if (hold) holds.set(store, hold);
  else holds.delete(store);
}

/** The hold set for `store`, if any (a step by segment consults it too: store.ts). */
export const playHoldOf = (store: LabStore): PlayHold | undefined => holds.get(store);

/**
 * While playing, text that follows the playhead (the time readout) is rewritten on the frames
 * this calls back on, with the playhead's time: the frames in which a step is committed, and,
 * while no step is due, one frame per commit interval. New text costs a style pass, a layout
 * and a paint of its own; written on a frame of its own it would double the frames that pay
 * for them (on a slow machine, each such frame misses a vsync).
 */
export type ReadoutListener = (time: number) => void;

const readouts = new WeakMap<LabStore, Set<ReadoutListener>>();

/** Calls `listener` on every readout frame of the clock of `store`; returns the unsubscribe. */
export function onPlaybackReadout(store: LabStore, listener: ReadoutListener): () => void {
  const set = readouts.get(store) ?? new Set<ReadoutListener>();
  readouts.set(store, set);
  set.add(listener);
  return () => void set.delete(listener);
}

export interface FrameScheduler {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

const browserScheduler: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

export function startPlaybackClock(
  store: LabStore,
  playhead: MotionValue<number>,
  scheduler: FrameScheduler = browserScheduler,
): () => void {
  let handle: number | null = null;
  let last: number | null = null;
  // While playing, discrete steps reach the store (and React) at most ten times a second, and
  // less often on a machine where a commit makes its frame late (commit-pacer.ts): a sparse
  // run (a handshake) commits every event on the frame it happens, a dense one batches the
  // events of several frames into one render.
  const pacer = createCommitPacer();
  /** The store time this clock last wrote; anything else came from a user action. */
  let written = store.getState().time;
  /** When the last readout frame was (rAF time); -Infinity: the next frame is one. */
  let lastReadout = -Infinity;
  const readout = (now: number, time: number): void => {
    lastReadout = now;
    readouts.get(store)?.forEach((listener) => listener(time));
  };

  const frame = (now: number): void => {
    handle = null;
    const state = store.getState();
    if (!state.playing) return;
    const dt = last === null ? 0 : Math.min(now - last, MAX_FRAME_MS);
    last = now;
    pacer.frame(dt);
    const { scale, model, speed } = state;
    const shown = playhead.get();
    const d = scale.toDisplay(shown) + (dt * DISPLAY_MS_PER_SECOND * speed) / 1000;
    let t = scale.toTime(d);
    const hold = holds.get(store)?.(
      state,
      {
        index: t >= model.endTime ? model.length : indexAtTime(model.times, t),
        time: Math.min(t, model.endTime),
      },
      shown,
    );
    if (hold) {
      // The store first: its time moves the playhead (the subscription below) once playback
      // has stopped, so what follows the playhead draws the held step exactly, not the
      // moment's events that come after it.
      written = hold.time;
      store.setState({ index: hold.index, time: hold.time, playing: false });
      return;
    }
    if (t >= model.endTime) {
      t = model.endTime;
      playhead.set(t);
      written = t;
      store.setState({ index: model.length, time: t, playing: false });
      return;
    }
    playhead.set(t);
    const index = indexAtTime(model.times, t);
    if (index !== state.index && pacer.mayCommit(now)) {
      pacer.committed(now);
      written = t;
      store.setState({ index, time: t });
      readout(now, t);
    } else if (now - lastReadout >= pacer.intervalMs()) readout(now, t);
    handle = scheduler.request(frame);
  };

  const unsubscribeTime = store.subscribe(
    (s) => s.time,
    (time) => {
      if (playhead.get() !== time) playhead.set(time);
    },
  );
  const unsubscribePlaying = store.subscribe(
    (s) => s.playing,
    (playing) => {
      if (playing) {
        last = null;
        lastReadout = -Infinity;
        if (handle === null) handle = scheduler.request(frame);
        return;
      }
      if (handle !== null) scheduler.cancel(handle);
      handle = null;
      pacer.reset();
      // Paused between events: remember the exact moment (and the events a batched commit had
      // not delivered yet), unless a user action moved the cursor meanwhile.
      const state = store.getState();
      if (state.time === written && playhead.get() !== state.time) {
        written = playhead.get();
        store.setState({ time: written, index: indexAtTime(state.model.times, written) });
      }
    },
  );
  playhead.set(store.getState().time);
  if (store.getState().playing) handle = scheduler.request(frame);
  // A run redone while playing lands where the playhead is, ahead of the last committed step.
  store.getState().actions.setLiveTime(() => playhead.get());

  return () => {
    store.getState().actions.setLiveTime(null);
    unsubscribeTime();
    unsubscribePlaying();
    if (handle !== null) scheduler.cancel(handle);
  };
}
