// Stepping by segment, for a lecture with a clicker: a step goes to the next moment at which a
// segment is sent, arrives or is lost, and applies that moment's events up to its last segment
// event or state change (an arrival, the state it brings and the answer it sends; the same
// moment's events of the other protocol when comparing). The default scenario's handshake is
// then four steps (SYN out; SYN in, SYN-ACK out; SYN-ACK in, ACK out; ACK in, ESTABLISHED)
// instead of some twenty events, and a comparison does not take every step twice. The events
// in between (timers, socket calls) are applied on the way; stepping event by event stays the
// default (the shortcuts dialog switches, step-by-setting.ts remembers).
import type { Trace, TraceEvent } from '../core/trace.ts';
import { timeOfIndex, type Cursor, type PlaybackModel } from './playback-model.ts';

const cache = new WeakMap<PlaybackModel, Int32Array>();

/**
 * Where steps by segment stop, ascending: for each moment with a segment event, the number of
 * events applied once that moment's last segment event or state change is (an ACK that
 * arrives and the ESTABLISHED it brings are one step; a timer set after a send is left for
 * the next, so the step ends on the send, which the narration then tells).
 */
export function segmentStops(traces: readonly Trace[], model: PlaybackModel): Int32Array {
  let stops = cache.get(model);
  if (stops) return stops;
  const kinds: (TraceEvent['type'] | undefined)[] = [];
  const moments = new Set<number>();
  for (let i = 0; i < model.length; i++) {
    const k = model.traceOf(i);
    const type = traces[k]?.events[model.appliedIn(k, i + 1) - 1]?.type;
    kinds.push(type);
    if (type === 'send' || type === 'deliver' || type === 'drop') moments.add(model.times[i]!);
  }
  const found: number[] = [];
  for (let i = 0; i < model.length; i++) {
    const type = kinds[i];
    const t = model.times[i]!;
    if (
      !moments.has(t) ||
      (type !== 'send' && type !== 'deliver' && type !== 'drop' && type !== 'state')
    )
      continue;
    // A later event of the same moment moves that moment's stop on to it.
    const last = found.length - 1;
    if (last >= 0 && model.times[found[last]! - 1] === t) found[last] = i + 1;
    else found.push(i + 1);
  }
  stops = Int32Array.from(found);
  cache.set(model, stops);
  return stops;
}

/** The next stop after the cursor (the end of the run when none is left). */
export function stepForwardBySegment(stops: Int32Array, times: Float64Array, c: Cursor): Cursor {
  for (const stop of stops)
    if (stop > c.index) return { index: stop, time: timeOfIndex(times, stop) };
  if (c.index >= times.length) return c;
  return { index: times.length, time: timeOfIndex(times, times.length) };
}

/**
 * Back to the stop before the cursor; from between two events, first back to the last applied
 * one (as a step back by event does). Before the first stop: the start.
 */
export function stepBackBySegment(stops: Int32Array, times: Float64Array, c: Cursor): Cursor {
  const lastApplied = timeOfIndex(times, c.index);
  if (c.time > lastApplied) return { index: c.index, time: lastApplied };
  let back = 0;
  for (const stop of stops) {
    if (stop >= c.index) break;
    back = stop;
  }
  return { index: back, time: timeOfIndex(times, back) };
}

/** One run's part of a step by segment: narrate that run's events up to `applied`. */
export interface RunAtStop {
  run: number;
  applied: number;
}

/**
 * What a step by segment that stopped at `index` brought in each run that had an event at
 * that moment: each run's last event there, leaving out the timers a send sets (the stop
 * itself leaves them to the next step: the send is what the step is about). Null when `index`
 * is not a stop (a seek, a step by event), where only the event last applied is told.
 */
export function runsAtStop(
  traces: readonly Trace[],
  model: PlaybackModel,
  index: number,
): RunAtStop[] | null {
  if (index <= 0 || !segmentStops(traces, model).includes(index)) return null;
  const moment = model.times[index - 1]!;
  const runs: RunAtStop[] = [];
  traces.forEach((trace, run) => {
    const { events } = trace;
    let applied = model.appliedIn(run, index);
    while (applied > 1 && events[applied - 1]!.type === 'timer') {
      if (events[applied - 2]!.t !== moment) break;
      applied--;
    }
    if (applied > 0 && events[applied - 1]!.t === moment) runs.push({ run, applied });
  });
  return runs;
}
