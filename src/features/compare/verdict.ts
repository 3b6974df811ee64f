// A one-line verdict per protocol from the run's own analysis (trace.summary.anomalies):
// what the lecturer points at when two-way and three-way run side by side. It follows the
// playhead: before the phantom opens, "no phantom connection so far"; while it is open, "holds
// a phantom connection since 3.05 s"; once it is gone, "held … from 3.05 s until 3.15 s". So
// the two-way side turns red on the step where the old SYN fools it, not before anything has
// been played (which told the room the punchline). Where old data then reaches the phantom's
// application (the stale-data story), the verdict says that too, in the same two lines. It
// counts events, not time: at 3.05 s the copy's arrival comes a step before the server's
// state change, and the verdict turns red with the lane's state, not one step early.
import type { Trace } from '../../core/trace.ts';
import { seconds, type Translate } from '../../app/i18n/i18n.tsx';
import { indexTrace } from '../../state/trace-index.ts';

export interface Verdict {
  text: string;
  /** True when the run shows the failure three-way prevents. */
  bad: boolean;
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
  const over = applied >= events.length;
  if (!over) return { text: t('compare.verdict.noneSoFar', { protocol }), bad: false };
  // No old SYN reached anyone: the run never asked the question the two protocols answer
  // differently (an old or repeated ACK or data segment does not ask it), and the verdict says
  // how to ask it.
  const untested = !trace.events.some(
    (e) =>
      e.type === 'deliver' &&
      (e.segment.stale || e.segment.copyOf !== undefined) &&
      e.segment.flags.includes('SYN') &&
      !e.segment.flags.includes('ACK'),
  );
  return {
    text: t(untested ? 'compare.verdict.noneUntested' : 'compare.verdict.none', { protocol }),
    bad: false,
  };
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
