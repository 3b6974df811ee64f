// A one-line verdict per protocol from the run's own analysis (trace.summary.anomalies):
// what the lecturer points at when two-way and three-way run side by side.
import type { Trace } from '../../core/trace.ts';
import { seconds, type Translate } from '../../app/i18n/i18n.tsx';

export interface Verdict {
  text: string;
  /** True when the run shows the failure three-way prevents. */
  bad: boolean;
}

export function verdictFor(trace: Trace, t: Translate): Verdict {
  const protocol = t(`protocol.${trace.summary.protocol}`);
  const phantom = trace.summary.anomalies.find((a) => a.kind === 'phantom-connection');
  if (phantom) {
    const host = t(`segment.host.${phantom.host}`);
    const text =
      phantom.until !== undefined
        ? t('compare.verdict.phantomUntil', {
            protocol,
            host,
            time: seconds(phantom.t),
            until: seconds(phantom.until),
          })
        : t('compare.verdict.phantom', { protocol, host, time: seconds(phantom.t) });
    return { text, bad: true };
  }
  const other = trace.summary.anomalies[0];
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
  return { text: t('compare.verdict.none', { protocol }), bad: false };
}
