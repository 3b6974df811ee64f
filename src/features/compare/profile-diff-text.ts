// The difference rows in words: what differs, and each side's value, e.g.
// "SYN from the client sent at" → "0.0, 1.0, 3.0 s" (RFC 9293) and "0.0, 1.0, 2.0 s" (Linux).
import { seconds } from '../../app/i18n/i18n.tsx';
import type { DiffTranslate } from './use-diff-t.ts';
import type { CallOutcome, Difference, Pair, SentSegment } from './profile-diff.ts';

export interface DifferenceRow {
  label: string;
  /** Each side's value, left to right. */
  values: Pair<string>;
}

function segmentText(s: SentSegment | null, t: DiffTranslate): string {
  if (!s) return t('diff.nothingSent');
  const flags = s.flags.join(' ');
  return t(s.retransmission ? 'diff.segmentRetransmitted' : 'diff.segment', {
    flags: `${t(`segment.host.${s.host}`)} ${flags}`,
    time: seconds(s.t),
  });
}

const timesText = (ms: readonly number[], t: DiffTranslate): string =>
  ms.length === 0 ? t('diff.never') : t('diff.times', { times: ms.map(seconds).join(', ') });

const outcomesText = (list: readonly CallOutcome[], t: DiffTranslate): string =>
  list.length === 0
    ? t('diff.never')
    : list
        .map((o) =>
          o.result === 'ok'
            ? t('diff.outcomeOk', { time: seconds(o.t) })
            : t('diff.outcome', { result: t(`app.outcome.${o.result}`), time: seconds(o.t) }),
        )
        .join(', ');

function valuesOf(d: Difference, t: DiffTranslate): Pair<string> {
  switch (d.kind) {
    case 'first-segment':
      return [segmentText(d.segments[0], t), segmentText(d.segments[1], t)];
    case 'schedule':
      return [timesText(d.times[0], t), timesText(d.times[1], t)];
    case 'call':
      return [outcomesText(d.outcomes[0], t), outcomesText(d.outcomes[1], t)];
    case 'time-wait':
      return [timesText(d.lengths[0], t), timesText(d.lengths[1], t)];
  }
}

function labelOf(d: Difference, t: DiffTranslate): string {
  switch (d.kind) {
    case 'first-segment':
      return t('diff.firstSegment');
    case 'schedule':
      return t('diff.schedule', { flags: d.flags.join(' '), host: t(`segment.host.${d.host}`) });
    case 'call':
      return t('diff.call', { call: t(`app.call.${d.call}`), host: t(`segment.host.${d.host}`) });
    case 'time-wait':
      return t('diff.timeWait', { host: t(`segment.host.${d.host}`) });
  }
}

export function differenceRow(d: Difference, t: DiffTranslate): DifferenceRow {
  return { label: labelOf(d, t), values: valuesOf(d, t) };
}
