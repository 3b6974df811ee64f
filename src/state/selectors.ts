// Selectors that derive something from the state, shared by views (the side panels, the
// narration, the verdicts). Each returns a value that is stable between calls for the same
// state (an object from the trace, a number, a string), so components can subscribe with
// `useLab(selector)` directly. A plain field is read in place: `useLab((s) => s.playing)`.
import type { TraceEvent, TraceSegment } from '../core/trace.ts';
import { indexTrace, type SegmentInfo } from './trace-index.ts';
import type { LabState } from './store.ts';

/** Whether the error banner has something to say: a failed run, a notice or scenario problems. */
export const selectHasBanner = (s: LabState) =>
  s.error !== null || s.notice !== null || s.problems.length > 0;

/** How many events of trace `k` have happened at the cursor. */
export const selectAppliedCount = (k: number) => (s: LabState) => s.model.appliedIn(k, s.index);

/** The trace the most recent event belongs to (0 outside the side-by-side view). */
export function selectCurrentTraceIndex(s: LabState): number {
  return s.index > 0 ? s.model.traceOf(s.index - 1) : 0;
}

/**
 * The run the narration and the state machines speak of: the one whose event the cursor has
 * just applied, or, when only one diagram is on screen (a phone comparing two), that one.
 */
export function selectNarratedTraceIndex(s: LabState): number {
  return s.shownColumn ?? selectCurrentTraceIndex(s);
}

/** The event the cursor has just applied, or null at the start. */
export function selectCurrentEvent(s: LabState): TraceEvent | null {
  if (s.index <= 0) return null;
  const k = s.model.traceOf(s.index - 1);
  const applied = s.model.appliedIn(k, s.index);
  return s.traces[k]?.events[applied - 1] ?? null;
}

/** The selected segment with its send/arrival facts, or null. */
export function selectSelectedSegmentInfo(s: LabState): SegmentInfo | null {
  const sel = s.selected;
  const trace = sel ? s.traces[sel.trace] : undefined;
  return sel && trace ? (indexTrace(trace).byId.get(sel.id) ?? null) : null;
}

export function selectSelectedSegment(s: LabState): TraceSegment | null {
  return selectSelectedSegmentInfo(s)?.segment ?? null;
}
