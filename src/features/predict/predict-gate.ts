// Predict mode's stops (predict-stops.ts) arrive with its lazily loaded module. Until they
// listen, a play or a single step forward in predict mode is held back, and made again as
// soon as they do, so the first stop is never run past (Play pressed at once on a fresh
// ?predict page). In the first-frame bundle: keep it this small.
import type { LabState, LabStore } from '../../state/store.ts';

interface Gate {
  open: boolean;
  again?: () => void;
}

const gates = new WeakMap<LabStore, Gate>();

/**
 * Whether `prev` → `s` was a step forward made at rest, which predict mode stops at a
 * question: a step of any size (by event or by segment; the store counts them in stepSeq), or
 * a move on by one event (the scrub bar's arrow keys). A seek or a jump further is not one.
 */
export function steppedForward(prev: LabState, s: LabState): boolean {
  return (
    !prev.playing &&
    !s.playing &&
    s.index > prev.index &&
    (s.stepSeq !== prev.stepSeq || s.index === prev.index + 1)
  );
}

export function installPredictGate(store: LabStore): () => void {
  const gate: Gate = { open: false };
  gates.set(store, gate);
  return store.subscribe((s, prev) => {
    const play = s.playing && !prev.playing;
    const step = steppedForward(prev, s);
    if (gate.open || !s.predict || s.model !== prev.model || !(play || step)) return;
    gate.again = play ? s.actions.play : s.actions.stepForward;
    queueMicrotask(() => store.setState({ playing: false, index: prev.index, time: prev.time }));
  });
}

/** The stops listen from now on: lets moves through, and makes the one held back. */
export function openPredictGate(store: LabStore): void {
  const gate = gates.get(store);
  if (!gate || gate.open) return;
  gate.open = true;
  gate.again?.();
}

// Whether a question is open at the cursor, for what must not tell its answer (the lesson's
// note for that moment). Answered by the stops once they are loaded; no question before.
const questionProbes = new WeakMap<LabStore, (s: LabState) => boolean>();

export function setQuestionProbe(store: LabStore, probe: ((s: LabState) => boolean) | null): void {
  if (probe) questionProbes.set(store, probe);
  else questionProbes.delete(store);
}

export function questionOpen(store: LabStore, s: LabState): boolean {
  return s.predict && (questionProbes.get(store)?.(s) ?? false);
}
