// Predict mode's stops (predict-stops.ts) arrive with its lazily loaded module. Until they
// listen, a play or a single step forward in predict mode is held back, and made again as
// soon as they do, so the first stop is never run past (Play pressed at once on a fresh
// ?predict page). In the first-frame bundle: keep it this small.
import type { LabStore } from '../../state/store.ts';

interface Gate {
  open: boolean;
  again?: () => void;
}

const gates = new WeakMap<LabStore, Gate>();

export function installPredictGate(store: LabStore): () => void {
  const gate: Gate = { open: false };
  gates.set(store, gate);
  return store.subscribe((s, prev) => {
    const play = s.playing && !prev.playing;
    const step = !prev.playing && s.index === prev.index + 1;
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
