// The playback cursor's arithmetic. A position is (index, time): `index` events have been
// applied and the playhead is at virtual `time`. Several events can share a time (an arrival,
// the state change it causes and the answer it sends), so stepping moves the index one event
// at a time while the time may stay put. In the side-by-side view two traces play against one
// cursor: their events are merged in time order and each trace sees its own prefix.
import type { Trace } from '../core/trace.ts';

export interface PlaybackModel {
  /** Event times of all traces, merged, ascending. */
  readonly times: Float64Array;
  /** How many events of trace k are among the first i merged events. */
  appliedIn(traceIndex: number, index: number): number;
  /** Which trace the i-th merged event belongs to. */
  traceOf(i: number): number;
  readonly length: number;
  /** Time of the last event (0 for an empty run). */
  readonly endTime: number;
}

export function buildPlaybackModel(traces: readonly Trace[]): PlaybackModel {
  if (traces.length === 1) {
    const events = traces[0]!.events;
    const times = Float64Array.from(events, (e) => e.t);
    return {
      times,
      length: times.length,
      endTime: times.length > 0 ? times[times.length - 1]! : 0,
      appliedIn: (_k, index) => Math.max(0, Math.min(index, times.length)),
      traceOf: () => 0,
    };
  }
  const total = traces.reduce((n, tr) => n + tr.events.length, 0);
  const times = new Float64Array(total);
  const prefix = traces.map(() => new Int32Array(total + 1));
  const origin = new Uint8Array(total);
  const cursor = traces.map(() => 0);
  for (let i = 0; i < total; i++) {
    // The trace whose next event is earliest; ties go to the lower trace index (stable).
    let best = -1;
    for (let k = 0; k < traces.length; k++) {
      const e = traces[k]!.events[cursor[k]!];
      if (e && (best < 0 || e.t < traces[best]!.events[cursor[best]!]!.t)) best = k;
    }
    times[i] = traces[best]!.events[cursor[best]!]!.t;
    origin[i] = best;
    cursor[best]!++;
    for (let k = 0; k < traces.length; k++) prefix[k]![i + 1] = cursor[k]!;
  }
  return {
    times,
    length: total,
    endTime: total > 0 ? times[total - 1]! : 0,
    appliedIn: (k, index) => prefix[k]![Math.max(0, Math.min(index, total))]!,
    traceOf: (i) => origin[i]!,
  };
}

/** Number of events at or before `t` (binary search): the index a continuous playhead implies. */
export function indexAtTime(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Cursor {
  index: number;
  time: number;
}

/** Time at which the playhead sits after `index` events: the last applied event's time. */
export function timeOfIndex(times: Float64Array, index: number): number {
  return index <= 0 ? 0 : times[Math.min(index, times.length) - 1]!;
}

export function stepForward(times: Float64Array, c: Cursor): Cursor {
  if (c.index >= times.length) return c;
  return { index: c.index + 1, time: times[c.index]! };
}

/**
 * One event back. From between two events, first back to the last applied one (the state
 * does not change, the in-flight packets go back to where that event left them).
 */
export function stepBack(times: Float64Array, c: Cursor): Cursor {
  const lastApplied = timeOfIndex(times, c.index);
  if (c.time > lastApplied) return { index: c.index, time: lastApplied };
  if (c.index <= 0) return { index: 0, time: 0 };
  return { index: c.index - 1, time: timeOfIndex(times, c.index - 1) };
}

/** The cursor for a continuous playhead position (scrubbing, playing, re-simulation). */
export function seekTime(times: Float64Array, t: number): Cursor {
  const end = times.length > 0 ? times[times.length - 1]! : 0;
  const time = Math.max(0, Math.min(t, end));
  return { index: indexAtTime(times, time), time };
}

/** Index of the first event at or after `t` (how many events happen strictly before `t`). */
export function firstIndexAt(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A cursor as a link names it: a time, and how many of the events at exactly that time have
 * been applied (several events often share an instant). Without `step`, all of them.
 */
export function cursorAt(times: Float64Array, t: number, step?: number): Cursor {
  const c = seekTime(times, t);
  if (step === undefined) return c;
  const first = firstIndexAt(times, c.time);
  return { index: Math.min(c.index, first + Math.max(0, step)), time: c.time };
}

/** The `step` that cursorAt needs to reproduce `c`, or undefined when all events at its time are applied. */
export function stepAtInstant(times: Float64Array, c: Cursor): number | undefined {
  const all = indexAtTime(times, c.time);
  if (c.index >= all) return undefined;
  return Math.max(0, c.index - firstIndexAt(times, c.time));
}
