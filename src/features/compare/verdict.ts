// A one-line verdict per protocol from the run's own analysis (trace.summary.anomalies):
// what the lecturer points at when two-way and three-way run side by side. It follows the
// playhead: before the phantom opens, "no phantom connection so far"; while it is open, "holds
// a phantom connection since 3.05 s"; once it is gone, "held … from 3.05 s until 3.15 s". So
// the two-way side turns red on the step where the old SYN fools it, not before anything has
// been played (which told the room the punchline). Where old data then reaches the phantom's
// application (the stale-data story), the verdict says that too, in the same two lines. It
// counts events, not time: at 3.05 s the copy's arrival comes a step before the server's
// state change, and the verdict turns red with the lane's state, not one step early. The
// three-way side, where an old SYN arrived, says when its reset took the half-open connection
// back ("the old SYN was reset at 3.15 s"), with the lane's return to LISTEN.
import type { Trace, TraceEvent } from '../../core/trace.ts';
import { seconds, type Translate } from '../../app/i18n/i18n.tsx';
import { indexTrace } from '../../state/trace-index.ts';

export interface Verdict {
  text: string;
  /** True when the run shows the failure three-way prevents. */
  bad: boolean;
  /**
   * No old SYN arrived: the run never asked the question, and the verdict offers to ask it
   * (`text` in two parts: `lead`, then a button that opens the inject form), or says only that
   * it was not asked (`quiet`: presenter and embed modes, which have no Faults panel).
   */
  untested?: { lead: string; action: string; quiet: string };
}

/**
 * @param side names the run (its protocol unless the caller says otherwise, e.g. its profile).
 * @param applied how many of this run's events the playhead has applied (Infinity: all).
 */
export function verdictFor(
  trace: Trace,
  t: Translate,
  side: string = t(`protocol.${trace.summary.protocol}`),
  applied = Infinity,
): Verdict {
  const protocol = side;
  const { events } = trace;
  const index = indexTrace(trace);
  // Each anomaly starts at an event (the state change that opens the phantom): trace-index.ts.
  const seen = index.anomalies.filter((m) => m.index < applied).map((m) => m.anomaly);
  const phantom = seen.find((a) => a.kind === 'phantom-connection');
  if (phantom) {
    // Old data handed to the application on it: the second half of the stale-data story, in
    // a sentence short enough for the verdict's two lines.
    const until = phantom.until ?? Infinity;
    // Torn down as its socket becomes CLOSED, at `until` (core/analysis.ts).
    const teardown = index.stateChanges.find(
      (c) => c.socket === phantom.socket && c.t === until && c.to === 'CLOSED',
    );
    const ended = teardown !== undefined && teardown.index < applied;
    const stale = seen.find(
      (a) => a.kind === 'stale-data-delivered' && a.socket === phantom.socket,
    );
    if (stale) {
      const text = t(ended ? 'compare.verdict.phantomStaleUntil' : 'compare.verdict.phantomStale', {
        protocol,
        time: seconds(phantom.t),
        until: seconds(until),
        stale: seconds(stale.t),
      });
      return { text, bad: true };
    }
    const host = t(`segment.host.${phantom.host}`);
    const text = ended
      ? t('compare.verdict.phantomUntil', {
          protocol,
          host,
          time: seconds(phantom.t),
          until: seconds(until),
        })
      : t('compare.verdict.phantom', { protocol, host, time: seconds(phantom.t) });
    return { text, bad: true };
  }
  const other = seen[0];
  if (other) {
    return {
      text: t('compare.verdict.other', {
        protocol,
        anomaly: t(`anomaly.${other.kind}`),
        time: seconds(other.t),
      }),
      bad: true,
    };
  }
  // The question the two protocols answer differently is asked by an old SYN; under three-way,
  // its answer is the step that takes back the half-open connection it opened (a reset, in the
  // story). Said from that step, with the lane (the story is told by then).
  const { old, end } = oldSynQuestion(trace);
  if (end && end.index < applied) {
    const key = end.how === 'reset' ? 'compare.verdict.reset' : 'compare.verdict.dropped';
    return { text: t(key, { protocol, time: seconds(end.t) }), bad: false };
  }
  const over = applied >= events.length;
  if (!over) return { text: t('compare.verdict.noneSoFar', { protocol }), bad: false };
  if (old.length > 0) return { text: t('compare.verdict.none', { protocol }), bad: false };
  // No old SYN reached anyone: the run never asked the question (an old or repeated ACK or data
  // segment does not ask it), and the verdict says how to ask it. The catalogue's lead ends
  // with whatever space its language puts before the action.
  const lead = t('compare.verdict.noneUntested', { protocol });
  const action = t('compare.verdict.injectOne');
  return {
    text: `${lead}${action}`,
    bad: false,
    untested: { lead, action, quiet: t('compare.verdict.noneUntestedQuiet', { protocol }) },
  };
}

interface OldSynQuestion {
  /** Where old SYNs arrived (oldSynArrivals). */
  old: number[];
  /** How the first half-open connection one of them opened was taken back, if one was. */
  end: HalfOpenEnd | null;
}

const questions = new WeakMap<Trace, OldSynQuestion>();

/**
 * The run's old SYNs and what became of them, found once per trace: the verdict is worked out
 * again at every commit of a comparison being played, and this scan covers the whole run.
 */
function oldSynQuestion(trace: Trace): OldSynQuestion {
  let found = questions.get(trace);
  if (!found) {
    const old = oldSynArrivals(trace.events);
    const end = old.map((i) => halfOpenEnd(trace, i)).find((r) => r !== null) ?? null;
    found = { old, end };
    questions.set(trace, found);
  }
  return found;
}

/**
 * Where a SYN (without ACK) reached a host as an old one: injected from an earlier incarnation,
 * a network copy, or an original that arrives after a SYN with the same number from the same
 * port already has (a delayed original overtaken by its retransmission: to the receiver it is
 * a duplicate from the past, exactly the old duplicate of RFC 9293 §3.5). A retransmission
 * that follows its original in (a lost SYN-ACK's) is the sender asking again, not old.
 */
export function oldSynArrivals(events: readonly TraceEvent[]): number[] {
  const arrived = new Set<string>();
  const old: number[] = [];
  events.forEach((e, i) => {
    if (e.type !== 'deliver') return;
    const s = e.segment;
    if (!s.flags.includes('SYN') || s.flags.includes('ACK')) return;
    const key = `${s.from}:${s.srcPort}:${s.seq}`;
    if (s.stale || s.copyOf !== undefined || (arrived.has(key) && !s.retransmission)) old.push(i);
    arrived.add(key);
  });
  return old;
}

/**
 * How the half-open connection that the SYN delivered at `at` opened was taken back: the
 * receiving socket's step out of SYN-RECEIVED back to LISTEN (or CLOSED), on a reset's arrival
 * ("reset") or otherwise (the client's own SYN arriving on it, RFC 9293 §3.10.7.4, or its
 * SYN-ACK retransmissions running out). Null when the SYN opened nothing (a full backlog, an open
 * connection's challenge ACK, a half-open connection it knocked down instead) or the connection
 * it opened went on.
 */
interface HalfOpenEnd {
  /** The event of the step back out of SYN-RECEIVED, and its time. */
  index: number;
  t: number;
  how: 'reset' | 'dropped';
}

function halfOpenEnd(trace: Trace, at: number): HalfOpenEnd | null {
  const { events } = trace;
  const arrival = events[at];
  if (arrival?.type !== 'deliver' || arrival.socket === null) return null;
  const socket = arrival.socket;
  const { stateChanges } = indexTrace(trace);
  // It opened one: the socket it reached left LISTEN for SYN-RECEIVED as it arrived.
  const opened = stateChanges.some(
    (c) =>
      c.index > at &&
      c.t === arrival.t &&
      c.socket === socket &&
      c.from === 'LISTEN' &&
      c.to === 'SYN-RECEIVED',
  );
  if (!opened) return null;
  const change = stateChanges.find(
    (c) => c.index > at && c.socket === socket && c.from === 'SYN-RECEIVED',
  );
  if (!change || (change.to !== 'LISTEN' && change.to !== 'CLOSED')) return null;
  let cause: TraceEvent | undefined;
  for (let i = change.index - 1; i > at && events[i]!.t === change.t; i--) {
    const e = events[i]!;
    if (e.type === 'deliver' && e.socket === socket) {
      cause = e;
      break;
    }
  }
  const reset = cause?.type === 'deliver' && cause.segment.flags.includes('RST');
  return { index: change.index, t: change.t, how: reset ? 'reset' : 'dropped' };
}

/**
 * The verdict when the same protocol runs under two profiles: an anomaly if there is one (a
 * connect() that gave up, …), else when the opening connection got through, since that is
 * what the profiles' timers change.
 */
export function profileVerdictFor(trace: Trace, t: Translate, side: string): Verdict {
  if (trace.summary.anomalies.length > 0) return verdictFor(trace, t, side);
  const opened = trace.summary.sockets.find((s) => s.role === 'active' && s.establishedAt !== null);
  return opened?.establishedAt != null
    ? {
        text: t('compare.verdict.connected', {
          protocol: side,
          time: seconds(opened.establishedAt),
        }),
        bad: false,
      }
    : { text: t('compare.verdict.quiet', { protocol: side }), bad: false };
}
