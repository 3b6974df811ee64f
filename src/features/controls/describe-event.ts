// A plain sentence for the event just applied, for the polite live region. (The narration
// generator, which explains why, replaces this where it is mounted.)
import type { TraceEvent, TraceSegment } from '../../core/trace.ts';
import type { Translate } from '../../app/i18n/i18n.tsx';
import { seconds } from '../../app/i18n/i18n.tsx';

function segmentText(s: TraceSegment, t: Translate): string {
  const flags = s.flags.length > 0 ? s.flags.join(' ') : t('segment.noFlags');
  return `${flags} seq=${s.seq}${s.ack === null ? '' : ` ack=${s.ack}`}${s.len > 0 ? ` len=${s.len}` : ''}`;
}

export function describeEvent(e: TraceEvent | null, t: Translate): string {
  if (!e) return t('announce.start');
  const time = seconds(e.t);
  switch (e.type) {
    case 'send':
      return t('announce.send', {
        time,
        host: t(`segment.host.${e.host}`),
        segment: segmentText(e.segment, t),
      });
    case 'deliver':
      return t(e.discarded ? 'announce.deliverDiscarded' : 'announce.deliver', {
        time,
        host: t(`segment.host.${e.host}`),
        segment: segmentText(e.segment, t),
      });
    case 'drop':
      return t('announce.drop', { time, segment: segmentText(e.segment, t) });
    case 'state':
      return t('announce.state', {
        time,
        host: t(`segment.host.${e.host}`),
        from: e.from,
        to: e.to,
      });
    case 'timer': {
      const key =
        e.action === 'set'
          ? 'announce.timerSet'
          : e.action === 'fire'
            ? 'announce.timerFire'
            : 'announce.timerCancel';
      return t(key, { time, host: t(`segment.host.${e.host}`), timer: t(`timer.${e.timer}`) });
    }
    case 'app': {
      const base =
        e.call === 'send'
          ? t('app.call.send', { bytes: e.bytes ?? 0 })
          : e.call === 'receive'
            ? t('app.call.receive', { bytes: e.bytes ?? 0 })
            : t(`app.call.${e.call}`);
      const call =
        e.result === undefined
          ? t('app.call.blocking', { call: base })
          : e.result === 'ok'
            ? t('app.result.ok', { call: base })
            : t('app.result.fail', { call: base, result: e.result });
      return t('announce.app', { time, host: t(`segment.host.${e.host}`), call });
    }
  }
}
