// In predict mode, playing and stepping forward stop just before each arrival that gets an
// answer. While playing, the playback clock stops there itself (setPlayHold). A step forward
// goes through the store as usual, and this listener puts the cursor back to the stop (after
// the store has told every listener of the move, so none of them sees the two moves out of
// order). At a question, moving on (Step forward, a clicker's PageDown, Play) first reveals
// the answer, as the Reveal button does: a lecturer with a clicker cannot reach that button,
// and a step that went straight on would let the narration tell the reply ungraded.
import { useEffect } from 'react';
import type { PlaybackModel } from '../../state/playback-model.ts';
import { setPlayHold } from '../../state/playback-clock.ts';
import { firstIndexAt } from '../../state/playback-model.ts';
import type { LabState, LabStore } from '../../state/store.ts';
import { openPredictGate, setQuestionProbe, steppedForward } from './predict-gate.ts';
import { heldStop, holdBefore, mergedStops } from './predict-model.ts';

const stopsCache = new WeakMap<PlaybackModel, number[]>();

/**
 * Reveals the answer to the question held at a stop (the question's form, PredictPrompt.tsx);
 * false if that question has not been shown, so there is nothing to reveal yet.
 */
export type QuestionRevealer = (stop: number) => boolean;

const revealers = new WeakMap<LabStore, QuestionRevealer>();

/** Sets (or, with null, removes) what a move on from an open question calls instead. */
export function setQuestionRevealer(store: LabStore, reveal: QuestionRevealer | null): void {
  if (reveal) revealers.set(store, reveal);
  else revealers.delete(store);
}

/** The stops for the shown traces (cached per run). */
export function stopsOf(s: Pick<LabState, 'traces' | 'model'>): number[] {
  let stops = stopsCache.get(s.model);
  if (!stops) {
    stops = mergedStops(s.traces, s.model);
    stopsCache.set(s.model, stops);
  }
  return stops;
}

export function installPredictStops(store: LabStore): () => void {
  let live = true;
  const unsubscribe = store.subscribe((s, prev) => {
    // A move made while playing is the clock's (its hold, below, stops it in time) or the
    // user's (a seek, a jump to the end: those never stop); and the store's steps trail the
    // playhead, so a stop found here could be one the screen has already played past.
    if (!s.predict || s.model !== prev.model || prev.playing) return;
    const reveal = revealers.get(store);
    const stepped = steppedForward(prev, s);
    const played = s.playing && s.index === prev.index && s.time === prev.time;
    const asked =
      reveal && (stepped || played) ? heldStop(stopsOf(prev), prev.model.times, prev) : null;
    if (asked !== null) {
      // The reveal moves the cursor on to the reply (and playing goes on from there). A
      // question not on screen yet (a second click fast on the first, a key held down) is not
      // revealed unseen: the cursor goes back to it.
      queueMicrotask(() => {
        if (!live || reveal!(asked)) return;
        const now = store.getState();
        if (now.index === s.index && now.time === s.time)
          store.setState({ playing: false, index: prev.index, time: prev.time });
      });
      return;
    }
    const hold = holdBefore(stopsOf(s), s.model.times, prev, { ...s, stepped });
    if (!hold) return;
    queueMicrotask(() => {
      const now = store.getState();
      // Only if nothing else moved the cursor in between.
      if (live && now.index === s.index && now.time === s.time)
        store.setState({ playing: false, index: hold.index, time: hold.time });
    });
  });
  // While playing, the clock itself stops at a question, on the frame it reaches it.
  setPlayHold(store, (from, to, shown) => {
    const s = store.getState();
    if (!s.predict) return null;
    // Questions the screen has already played past stay behind: predict mode switched on while
    // playing, with the store's steps trailing the playhead, must not pull the playhead back.
    const index = Math.max(from.index, firstIndexAt(s.model.times, shown));
    return holdBefore(
      stopsOf(s),
      s.model.times,
      { index, time: from.time, playing: true },
      { index: to.index, time: to.time, playing: true },
    );
  });
  setQuestionProbe(store, (s) => heldStop(stopsOf(s), s.model.times, s) !== null);
  // A play or step made before this listened goes now.
  openPredictGate(store);
  return () => {
    live = false;
    setPlayHold(store, null);
    setQuestionProbe(store, null);
    setQuestionRevealer(store, null);
    unsubscribe();
  };
}

export function usePredictStops(store: LabStore): void {
  useEffect(() => installPredictStops(store), [store]);
}
