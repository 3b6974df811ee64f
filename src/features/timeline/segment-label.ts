// How a segment is named: visibly on its arrow and, as a contract for assistive technology and
// tests, in its accessible name: flags first (canonical order, space-separated), then seq, ack
// and the direction, e.g. "SYN ACK seq=300 ack=101 server → client".
import type { Translate } from '../../app/i18n/i18n.tsx';
import type { SeqMode } from '../../state/store.ts';
import type { SegmentInfo } from '../../state/trace-index.ts';

export function flagText(info: SegmentInfo, t: Translate): string {
  return info.segment.flags.length > 0 ? info.segment.flags.join(' ') : t('segment.noFlags');
}

export function seqAck(info: SegmentInfo, mode: SeqMode): { seq: number; ack: number | null } {
  return mode === 'relative'
    ? { seq: info.relSeq, ack: info.relAck }
    : { seq: info.segment.seq, ack: info.segment.ack };
}

/** The accessible name's stable prefix (what tests and outside tools match on). */
export function segmentName(info: SegmentInfo, mode: SeqMode, t: Translate): string {
  const { seq, ack } = seqAck(info, mode);
  return t('segment.label', {
    flags: flagText(info, t),
    seq,
    ack: ack === null ? '' : t('segment.ack', { ack }),
    len: info.segment.len > 0 ? t('segment.len', { len: info.segment.len }) : '',
    from: t(`segment.host.${info.from}`),
    to: t(`segment.host.${info.to}`),
  });
}

// Labels already made, per translator (a language), per segment: a seek into a dense trace
// names hundreds of segments, and formatting each name again was a fifth of its script time.
const madeLabels = new WeakMap<Translate, WeakMap<SegmentInfo, Map<string, string>>>();

/** The full accessible label: the name, then what kind of segment it is and what became of it. */
export function segmentAriaLabel(
  info: SegmentInfo,
  mode: SeqMode,
  t: Translate,
  arrived: boolean,
): string {
  let bySegment = madeLabels.get(t);
  if (!bySegment) madeLabels.set(t, (bySegment = new WeakMap()));
  let labels = bySegment.get(info);
  if (!labels) bySegment.set(info, (labels = new Map()));
  const key = `${mode}:${arrived}`;
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = makeAriaLabel(info, mode, t, arrived)));
  return label;
}

function makeAriaLabel(info: SegmentInfo, mode: SeqMode, t: Translate, arrived: boolean): string {
  const parts = [segmentName(info, mode, t)];
  if (info.segment.retransmission) parts.push(t('segment.retransmission'));
  if (info.segment.copyOf !== undefined) parts.push(t('segment.copy', { id: info.segment.copyOf }));
  if (info.segment.spoofed) parts.push(t('segment.spoofed'));
  else if (info.fromPast) parts.push(t('segment.stale'));
  if (!arrived) parts.push(t('segment.stateInFlight'));
  else if (info.deliverRule === 'captured') parts.push(t('segment.stateCaptured'));
  else if (info.end === 'drop') parts.push(t('segment.stateLost'));
  else if (info.discarded) parts.push(t('segment.stateDiscarded'));
  else if (info.end === 'deliver') parts.push(t('segment.stateDelivered'));
  return parts.join(t('list.separator'));
}

/** The arrow's third line: what kind of segment it is ("retransmission", "copy", …). */
export function arrowTags(info: SegmentInfo, t: Translate): string[] {
  const tags: string[] = [];
  if (info.segment.retransmission) tags.push(t('timeline.retransmission'));
  if (info.segment.copyOf !== undefined) tags.push(t('timeline.copy'));
  if (info.segment.spoofed && info.fromPast) tags.push(t('timeline.spoofed'));
  else if (info.fromPast) tags.push(t('timeline.fromPast'));
  return tags;
}

/** The two lines drawn on the arrow: flags (and data length), then the numbers. */
export function arrowLines(info: SegmentInfo, mode: SeqMode, t: Translate): [string, string] {
  const { seq, ack } = seqAck(info, mode);
  const flags = flagText(info, t) + (info.segment.len > 0 ? ` (${info.segment.len} B)` : '');
  const numbers = `seq=${seq}` + (ack === null ? '' : ` ack=${ack}`);
  return [flags, numbers];
}
