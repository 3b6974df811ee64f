// The segment inspector: a selected segment's TCP header drawn as the RFC 9293 §3.1
// diagram (five 32-bit rows, real values, control bits lit), its bytes in hex with the
// checksum, and what happened to it. A default export so the app can React.lazy() it
// (it pulls in the byte builder, which the first screen does not need).

import { useMemo, type CSSProperties, type Ref } from 'react';
import type { TraceEvent, TraceSegment } from '../../core/trace.ts';
import type { SegmentBases } from '../narration/isn-bases.ts';
import type { NumberMode } from '../narration/words.ts';
import { windowShifts } from '../../export/window-scale.ts';
import { headerModel, segmentStory, type HeaderCell } from './header-model.ts';
import {
  checksumText,
  dataOffsetNote,
  fieldValueText,
  flagLabel,
  headingText,
  ipHexTitle,
  optionText,
  payloadText,
  storyLines,
  translator,
  type Translate,
} from './inspector-text.ts';
import type { InspectorCatalogue } from './messages.en.ts';

export interface SegmentInspectorProps {
  segment: TraceSegment;
  /** The trace, to tell who sent the segment and what became of it. */
  events: readonly TraceEvent[];
  /** Bases for this segment's relative numbers: its connection's (connectionBases(events)). */
  isnBases: SegmentBases;
  /** Which numbering is shown first; the other is always shown in brackets. */
  numbers: NumberMode;
  /** When given, a relative/absolute switch is shown. */
  onNumbersChange?: (mode: NumberMode) => void;
  /** When given, a close button is shown. */
  onClose?: () => void;
  messages?: InspectorCatalogue;
  className?: string;
  /** The inspector's element (React 19 passes a ref as a prop). */
  ref?: Ref<HTMLElement>;
}

const BIT_COLUMNS = 32;

// Scoped styles; React 19 hoists and de-duplicates a <style> with href + precedence. The
// container query hides the per-row hex and tightens type when the panel is narrow (a
// phone), where the full hex dump below the diagram still shows every byte.
const CSS = `
.si-rows { container-type: inline-size; }
.si-row { display: flex; align-items: stretch; gap: 0.5em; }
.si-grid { display: grid; grid-template-columns: repeat(${BIT_COLUMNS}, minmax(0, 1fr)); flex: 1; min-width: 0; }
.si-ruler { font-family: monospace; font-size: 0.7em; opacity: 0.7; text-align: center; }
.si-cell { border: 1px solid var(--inspector-line, #888); padding: 4px 2px; text-align: center; min-width: 0; overflow-wrap: anywhere; }
.si-label { display: block; font-size: 0.8em; opacity: 0.8; }
.si-note { font-size: 0.9em; }
.si-value { display: block; font-family: monospace; }
.si-flag { writing-mode: vertical-rl; padding: 4px 0; font-size: 0.85em; line-height: 1; }
.si-flag[data-set="true"] { font-weight: 700; background: var(--inspector-lit, #b3261e); color: var(--inspector-on-lit, #fff); }
.si-flag-letter { display: none; }
.si-rowhex { align-self: center; min-width: 8ch; }
@container (max-width: 34rem) {
  .si-rowhex { display: none; }
  /* A bit is a few pixels wide here: a header row sizes its own columns (in proportion to
     their bits, never narrower than their names), so a short field ("DOffset" in 4 bits,
     "Rsrvd" in 3; "保留" too: keep-all) is read on one line, not one letter per line; where the row cannot hold
     them all (16 px type, below), Window goes on to a line of its own. The ruler keeps a
     column per bit and shows every other digit (the tens, over even bits, all show). */
  .si-rows .si-grid:not(.si-ruler) { display: flex; flex-wrap: wrap; }
  .si-rows .si-grid:not(.si-ruler) > .si-cell { flex: var(--bits) 1 0px; min-width: min-content; overflow-wrap: normal; word-break: keep-all; }
  .si-label { font-size: 0.7em; }
  .si-flag { writing-mode: horizontal-tb; font-size: 0.75em; padding: 4px 0; overflow: hidden; }
  .si-flag-name { display: none; }
  .si-flag-letter { display: inline; }
  .si-ruler span:nth-child(even) { visibility: hidden; }
}
/* A desktop or projector (the side panel is narrow there too): 16 px type, legible from the
   back of a room; the row of short fields still fits the panel by sizing its own columns. */
@media (min-width: 1024px) {
  .si-label, .si-flag, .si-ruler { font-size: 1em; }
  .si-note { font-size: 1em; }
}
`;

function Cell({ c, text, t }: { c: HeaderCell; text: string; t: Translate }) {
  if (c.kind === 'flag') {
    return (
      <span
        role="img"
        aria-label={flagLabel(c, t)}
        data-flag={c.name}
        data-set={c.set}
        className="si-cell si-flag"
        style={{ '--bits': 1 } as CSSProperties}
      >
        {/* The name, or in a narrow panel (bit columns a few pixels wide) its first letter:
          C E U A P R S F are distinct, and the cell's accessible name is the whole name. */}
        <span className="si-flag-name">{c.name}</span>
        <span className="si-flag-letter">{c.name[0]}</span>
      </span>
    );
  }
  return (
    <span
      data-field={c.id}
      className="si-cell"
      style={{ gridColumn: `span ${c.bits}`, '--bits': c.bits } as CSSProperties}
    >
      <span className="si-label">{t(`field.${c.id}`)}</span>
      <span className="si-value">{text}</span>
    </span>
  );
}

export function SegmentInspector({
  segment,
  events,
  isnBases,
  numbers,
  onNumbersChange,
  onClose,
  messages,
  className,
  ref,
}: SegmentInspectorProps) {
  const t = useMemo(() => translator(messages), [messages]);
  const shiftOf = useMemo(() => windowShifts(events), [events]);
  const model = useMemo(
    () => headerModel(segment, isnBases, shiftOf(segment)),
    [segment, isnBases, shiftOf],
  );
  const story = useMemo(() => segmentStory(events, segment), [events, segment]);
  const payload = payloadText(segment, t);
  const name = t('inspector.name');

  return (
    <section
      ref={ref}
      role="region"
      aria-label={name}
      className={className ?? 'segment-inspector'}
      data-segment={segment.id}
    >
      <style href="handshake-lab-segment-inspector" precedence="default">
        {CSS}
      </style>
      <header
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0.5em',
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
      >
        <h2 style={{ margin: 0, fontSize: '1.1em' }}>{headingText(segment, t)}</h2>
        {onNumbersChange ? (
          <fieldset style={{ border: 0, margin: 0, padding: 0, display: 'flex', gap: '0.75em' }}>
            <legend style={{ float: 'left', marginRight: '0.5em' }}>
              {t('inspector.numbers')}
            </legend>
            {(['relative', 'absolute'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name={`inspector-numbers-${segment.id}`}
                  checked={numbers === m}
                  onChange={() => onNumbersChange(m)}
                />{' '}
                {t(`inspector.numbers.${m}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        {onClose ? (
          <button type="button" onClick={onClose} aria-label={t('inspector.close')}>
            ×
          </button>
        ) : null}
      </header>

      <figure className="si-rows" style={{ margin: '0.75em 0' }}>
        <figcaption style={{ marginBottom: '0.25em' }}>{t('inspector.diagramCaption')}</figcaption>
        <div className="si-row">
          <div aria-label={t('inspector.bitRuler')} role="img" className="si-grid si-ruler">
            {/* As RFC 9293 draws it: the tens over bits 0, 10, 20 and 30, then a digit per bit. */}
            {Array.from({ length: BIT_COLUMNS }, (_, i) => (
              <span key={`tens-${i}`}>{i % 10 === 0 ? i / 10 : ''}</span>
            ))}
            {Array.from({ length: BIT_COLUMNS }, (_, i) => (
              <span key={i}>{i % 10}</span>
            ))}
          </div>
          <span className="si-rowhex" aria-hidden="true" />
        </div>
        {model.rows.map((row, r) => (
          <div key={r} className="si-row">
            <div className="si-grid">
              {row.cells.map((c, i) => (
                <Cell
                  key={i}
                  c={c}
                  t={t}
                  text={c.kind === 'field' ? fieldValueText(c, model, segment, numbers, t) : ''}
                />
              ))}
            </div>
            <code className="si-rowhex" data-row-hex={r}>
              {row.hex}
            </code>
          </div>
        ))}
        <p className="si-note" style={{ margin: '0.25em 0 0' }}>
          {dataOffsetNote(model, t)}
        </p>
        {model.options.length > 0 ? (
          <section aria-label={t('options.title')} data-testid="tcp-options">
            <h3 style={{ fontSize: '1em', margin: '0.5em 0 0.25em' }}>{t('options.title')}</h3>
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {model.options.map((o, i) => (
                <li key={i} data-option={o.kind}>
                  {optionText(o, t)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </figure>

      <section aria-label={t('hex.title')}>
        <h3 style={{ fontSize: '1em', margin: '0.5em 0 0.25em' }}>{t('hex.title')}</h3>
        <p style={{ margin: 0 }}>
          {t('hex.tcp')}: <code data-testid="tcp-hex">{model.tcpHex.join(' ')}</code>
        </p>
        <p style={{ margin: 0 }}>
          {ipHexTitle(segment, t)}: <code>{model.ipHex.join(' ')}</code>
        </p>
        <p style={{ margin: '0.25em 0' }} data-testid="checksum-status">
          {checksumText(model, t)}
        </p>
        {payload ? <p style={{ margin: 0 }}>{payload}</p> : null}
      </section>

      <section aria-label={t('story.title')}>
        <h3 style={{ fontSize: '1em', margin: '0.5em 0 0.25em' }}>{t('story.title')}</h3>
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {storyLines(story, t).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}

export default SegmentInspector;
