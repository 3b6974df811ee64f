// Predict mode, as pure functions of the trace and the playback cursor: which arrivals are
// worth a question (the receiver answers them), what the right answer is, how an answer is
// graded, and where playing or stepping has to stop. Nothing here changes the run, so there
// is nothing to undo when the mode is switched off.
import type { FlagName, HostName, Trace, TraceEvent, TraceSegment } from '../../core/trace.ts';
import type { Cursor, PlaybackModel } from '../../state/playback-model.ts';
import type { SeqMode } from '../../state/store.ts';
import { indexTrace } from '../../state/trace-index.ts';
import { seqAck } from '../timeline/segment-label.ts';

/** The flags a student is asked about. */
export const PREDICT_FLAGS = ['SYN', 'ACK', 'RST', 'FIN'] as const satisfies readonly FlagName[];
export type PredictFlag = (typeof PREDICT_FLAGS)[number];

/** An arrival whose receiver sends something in answer to it. */
export interface PredictionPoint {
  /** Index in the trace of the `deliver` event (the question is asked before it happens). */
  deliverIndex: number;
  receiver: HostName;
  arriving: TraceSegment;
  /** The first segment the receiver sends in answer (a send whose `cause` is the arrival). */
  reply: TraceSegment;
  replyIndex: number;
}

const pointsCache = new WeakMap<Trace, PredictionPoint[]>();

/** Every arrival in a trace that the receiver answers, in trace order. */
export function predictionPoints(trace: Trace): PredictionPoint[] {
  let found = pointsCache.get(trace);
  if (!found) {
    found = findPoints(trace.events);
    pointsCache.set(trace, found);
  }
  return found;
}

function findPoints(events: readonly TraceEvent[]): PredictionPoint[] {
  // The first answer to each delivered segment, by segment id.
  const firstAnswer = new Map<number, number>();
  events.forEach((e, i) => {
    if (e.type === 'send' && e.cause !== null && !firstAnswer.has(e.cause))
      firstAnswer.set(e.cause, i);
  });
  const points: PredictionPoint[] = [];
  events.forEach((e, i) => {
    if (e.type !== 'deliver') return;
    const replyIndex = firstAnswer.get(e.segment.id);
    const reply = replyIndex !== undefined ? events[replyIndex] : undefined;
    if (reply?.type !== 'send' || replyIndex! < i || reply.host !== e.host) return;
    points.push({
      deliverIndex: i,
      receiver: e.host,
      arriving: e.segment,
      reply: reply.segment,
      replyIndex: replyIndex!,
    });
  });
  return points;
}

/** A trace's event index as a position in the merged playback order (side by side: two traces). */
export function mergedIndexOf(model: PlaybackModel, trace: number, local: number): number {
  for (let i = 0; i < model.length; i++)
    if (model.traceOf(i) === trace && model.appliedIn(trace, i) === local) return i;
  return -1;
}

/** Where the prediction points of all shown traces sit in the merged order, ascending. */
export function mergedStops(traces: readonly Trace[], model: PlaybackModel): number[] {
  const wanted = traces.map((tr) => new Set(predictionPoints(tr).map((p) => p.deliverIndex)));
  const stops: number[] = [];
  for (let i = 0; i < model.length; i++) {
    const k = model.traceOf(i);
    if (wanted[k]?.has(model.appliedIn(k, i))) stops.push(i);
  }
  return stops;
}

/** The question open at a cursor: held exactly at a stop (its arrival not applied yet). */
export function heldStop(
  stops: readonly number[],
  times: Float64Array,
  cursor: Cursor,
): number | null {
  const i = cursor.index;
  return i < times.length && times[i] === cursor.time && stops.includes(i) ? i : null;
}

export interface Motion extends Cursor {
  playing: boolean;
  /**
   * A step made this move (of any size: stepping by segment moves on several events). Absent:
   * a move to the next index is taken for a step.
   */
  stepped?: boolean;
}

/**
 * Where the cursor has to stop instead, when playing or a step forward went from
 * `prev` to `next` across a stop: just before that arrival. A stop the cursor was already
 * held at is passed (that is how the run continues after a question). Seeking, jumping and
 * going back never stop.
 */
export function holdBefore(
  stops: readonly number[],
  times: Float64Array,
  prev: Motion,
  next: Motion,
): Cursor | null {
  if (next.index <= prev.index) return null;
  if (!prev.playing && !(next.stepped ?? next.index === prev.index + 1)) return null;
  const passed = heldStop(stops, times, prev);
  for (const p of stops) {
    if (p < prev.index || p === passed) continue;
    if (p >= next.index) break;
    return { index: p, time: times[p]! };
  }
  return null;
}

/** The answer the trace gives: the reply's flags among those asked, and its ack number. */
export interface Expected {
  flags: PredictFlag[];
  /** In the sequence-number style shown (relative to the peer's ISN, or absolute); null without ACK. */
  ack: number | null;
}

export function expectedAnswer(trace: Trace, point: PredictionPoint, seqMode: SeqMode): Expected {
  const flags = PREDICT_FLAGS.filter((f) => point.reply.flags.includes(f));
  const info = indexTrace(trace).byId.get(point.reply.id);
  return { flags, ack: info ? seqAck(info, seqMode).ack : point.reply.ack };
}

export type ParsedAck = { ok: true; value: number | null } | { ok: false };

/** An empty field means "no acknowledgment number"; otherwise a whole number below 2³². */
export function parseAck(text: string): ParsedAck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d{1,10}$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return value <= 0xffffffff ? { ok: true, value } : { ok: false };
}

export interface Grade {
  flagsCorrect: boolean;
  ackCorrect: boolean;
  correct: boolean;
  expected: Expected;
  given: { flags: PredictFlag[]; ack: number | null };
}

/** Grades an answer whose ack field parsed (see parseAck); each field on its own. */
export function grade(
  answer: { flags: readonly PredictFlag[]; ack: number | null },
  expected: Expected,
): Grade {
  const given = PREDICT_FLAGS.filter((f) => answer.flags.includes(f));
  const flagsCorrect =
    given.length === expected.flags.length && given.every((f) => expected.flags.includes(f));
  const ackCorrect = answer.ack === expected.ack;
  return {
    flagsCorrect,
    ackCorrect,
    correct: flagsCorrect && ackCorrect,
    expected,
    given: { flags: given, ack: answer.ack },
  };
}

/** The point behind a merged stop: which trace, and the arrival there. */
export function pointAtStop(
  traces: readonly Trace[],
  model: PlaybackModel,
  stop: number,
): { trace: number; point: PredictionPoint } | null {
  const k = model.traceOf(stop);
  const trace = traces[k];
  if (!trace) return null;
  const local = model.appliedIn(k, stop);
  const point = predictionPoints(trace).find((p) => p.deliverIndex === local);
  return point ? { trace: k, point } : null;
}
