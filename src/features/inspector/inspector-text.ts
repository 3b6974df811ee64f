// The inspector's words, from the header model and the segment's story: field values as
// shown (numbers in the chosen mode with the other in brackets), flag-bit names with
// their state, and the sentences of "what happened to it". Pure, so it is tested in Node.

import type { TraceSegment } from '../../core/trace.ts';
import { segmentAddresses } from '../../export/tcp-header.ts';
import { citeRule } from '../narration/rule-citation.ts';
import { fillTemplate, type TemplateParams } from '../narration/template.ts';
import { flagsName, secondsText, type NumberMode } from '../narration/words.ts';
import type {
  FlagCell,
  HeaderModel,
  OptionEntry,
  SegmentStory,
  ValueCell,
} from './header-model.ts';
import { inspectorMessagesEn, type InspectorCatalogue, type InspectorKey } from './messages.en.ts';

export type Translate = (key: InspectorKey, params?: TemplateParams) => string;

export function translator(messages: InspectorCatalogue = inspectorMessagesEn): Translate {
  return (key, params) => fillTemplate(messages[key], params);
}

function both(
  t: Translate,
  mode: NumberMode,
  pair: { absolute: number; relative: number },
): string {
  const other: NumberMode = mode === 'relative' ? 'absolute' : 'relative';
  return t('value.numberBoth', {
    primary: pair[mode],
    otherMode: t(`inspector.numbers.${other}`).toLowerCase(),
    other: pair[other],
  });
}

/** The value text of a header field. */
export function fieldValueText(
  c: ValueCell,
  model: HeaderModel,
  seg: TraceSegment,
  mode: NumberMode,
  t: Translate,
): string {
  switch (c.id) {
    case 'seq':
      return both(t, mode, model.seq);
    case 'ack':
      return model.ack ? both(t, mode, model.ack) : t('value.ackOff');
    case 'checksum':
      return t('value.checksum', { hex: c.value.toString(16).padStart(4, '0') });
    case 'window':
      if (model.windowClamped) return t('value.windowClamped', { value: c.value, wnd: seg.wnd });
      return model.windowShift > 0
        ? t('value.windowScaled', {
            value: c.value,
            shift: model.windowShift,
            octets: c.value * 2 ** model.windowShift,
          })
        : String(c.value);
    default:
      return String(c.value);
  }
}

/** Under the diagram: what Data Offset means for this header. */
export function dataOffsetNote(model: HeaderModel, t: Translate): string {
  const words = model.rows[3]!.cells.find(
    (c): c is ValueCell => c.kind === 'field' && c.id === 'dataOffset',
  )!.value;
  if (model.options.length === 0) return t('value.dataOffset', { value: words, bytes: words * 4 });
  return t('value.dataOffsetOptions', { value: words, bytes: words * 4, options: words * 4 - 20 });
}

/** One option as listed under the header: "MSS 1460 (02 04 05b4)". */
export function optionText(o: OptionEntry, t: Translate): string {
  switch (o.kind) {
    case 'mss':
      return t('option.mss', { value: o.value, hex: o.hex });
    case 'windowScale':
      return t('option.windowScale', { value: o.value, factor: 2 ** o.value, hex: o.hex });
    case 'timestamp':
      return t('option.timestamp', { value: o.value, echo: o.echo, hex: o.hex });
    case 'sackPermitted':
      return t('option.sackPermitted', { hex: o.hex });
    case 'nop':
      return t('option.nop', { hex: o.hex });
  }
}

/** "SYN bit set" / "ACK bit clear": the accessible name of a flag cell. */
export function flagLabel(c: FlagCell, t: Translate): string {
  return t(c.set ? 'flag.set' : 'flag.clear', { name: c.name });
}

export function headingText(seg: TraceSegment, t: Translate): string {
  const to = seg.from === 'client' ? 'server' : 'client';
  return t('inspector.heading', {
    id: seg.id,
    flags: flagsName(seg.flags) || '—',
    direction: `${t(`host.${seg.from}`)} → ${t(`host.${to}`)}`,
  });
}

export function ipHexTitle(seg: TraceSegment, t: Translate): string {
  const { src, dst } = segmentAddresses(seg);
  return t('hex.ip', { src: src.join('.'), dst: dst.join('.') });
}

export function checksumText(model: HeaderModel, t: Translate): string {
  const hex = model.checksum.toString(16).padStart(4, '0');
  return model.checksumOk
    ? t('hex.checksumOk', { hex, bytes: model.payloadLength })
    : t('hex.checksumBad', { hex });
}

export function payloadText(seg: TraceSegment, t: Translate): string | null {
  if (seg.len === 0) return null;
  const what =
    seg.payload !== undefined
      ? t('hex.payloadText', { payload: seg.payload })
      : t('hex.payloadZeros');
  return t('hex.payloadNote', { bytes: seg.len, what });
}

/** The sentences of "what happened to it", in order. */
export function storyLines(story: SegmentStory, t: Translate): string[] {
  const time = (ms: number) => t('time.seconds', { s: secondsText(ms) });
  const lines: string[] = [];
  if (story.sent) {
    const p = {
      host: t(`host.${story.sent.host}`),
      time: time(story.sent.t),
      rule: citeRule(story.sent.rule, t),
    };
    lines.push(
      story.sent.cause === null
        ? t('story.sent', p)
        : t('story.sentAnswer', { ...p, cause: story.sent.cause }),
    );
  }
  if (story.injected) lines.push(t('story.injected'));
  if (story.spoofed) lines.push(t('story.spoofed'));
  if (story.copyOf !== null) lines.push(t('story.copy', { original: story.copyOf }));
  if (story.retransmission) lines.push(t('story.retransmission'));
  if (story.copies.length > 0)
    lines.push(
      t('story.copies', { ids: story.copies.map((id) => `#${id}`).join(t('list.separator')) }),
    );
  const o = story.outcome;
  if (o.kind === 'delivered' && o.rule === 'captured') {
    // An imported capture saw the segment at one point on the path; its arrival is unknown.
    lines.push(t('story.captured', { time: time(o.t) }));
  } else if (o.kind === 'delivered') {
    lines.push(
      t(o.discarded ? 'story.discarded' : 'story.delivered', {
        host: t(`host.${o.host}`),
        time: time(o.t),
        rule: citeRule(o.rule, t),
      }),
    );
  } else if (o.kind === 'dropped') {
    lines.push(t('story.dropped', { time: time(o.t), reason: t(`reason.${o.reason}`) }));
  } else {
    lines.push(t('story.inFlight'));
  }
  return lines;
}
