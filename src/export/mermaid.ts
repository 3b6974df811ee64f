// A run as Mermaid `sequenceDiagram` text, to paste into Markdown (GitHub, GitLab, wikis):
// participants Client and Server, one message per segment (flags, seq, ack, length), a lost segment as `-x`, and a note for each state change.
// Mermaid reads a message or note up to the first `#`, `;` or line break (its grammar's TXT
// token), so those characters never reach the text. Pure and deterministic.
import type { HostName, Trace } from '../core/trace.ts';
import type { Translate } from '../app/i18n/i18n.tsx';
import type { SeqMode } from '../state/store.ts';
import { indexTrace, type SegmentInfo, type StateChange } from '../state/trace-index.ts';
import { flagText, seqAck } from '../features/timeline/segment-label.ts';

export interface MermaidOptions {
  t: Translate;
  seqMode?: SeqMode;
  /** Becomes the diagram's `title` line. */
  title?: string;
}

/** The participant ids: fixed, so the text reads the same in every language. */
const ID: Record<HostName, string> = { client: 'Client', server: 'Server' };

/** Text Mermaid reads as one message: no `#` (comment), `;` (statement end) or line break. */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/;/g, ',')
    .replace(/#/g, 'no. ')
    .replace(/\s+/g, ' ')
    .trim();
}

function participant(host: HostName, t: Translate): string {
  const name = mermaidText(t(`host.${host}`));
  return name === ID[host] || name === ''
    ? `participant ${ID[host]}`
    : `participant ${ID[host]} as ${name}`;
}

function message(info: SegmentInfo, seqMode: SeqMode, t: Translate): string {
  const { seq, ack } = seqAck(info, seqMode);
  const numbers = `seq=${seq}${ack === null ? '' : ` ack=${ack}`}`;
  const len = info.segment.len > 0 ? ` len=${info.segment.len}` : '';
  const tags = [
    info.segment.retransmission ? t('timeline.retransmission') : null,
    info.segment.copyOf !== undefined ? t('timeline.copy') : null,
    info.fromPast ? t('timeline.fromPast') : null,
    info.end === 'drop' ? t('timeline.dropped') : null,
    info.discarded ? t('timeline.discarded') : null,
  ].filter((x): x is string => x !== null);
  const text = `${flagText(info, t)} ${numbers}${len}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
  const arrow = info.end === 'drop' ? '-x' : '->>';
  return `${ID[info.from]}${arrow}${ID[info.to]}: ${mermaidText(text)}`;
}

function note(change: StateChange, t: Translate): string {
  const text = change.to === 'LISTEN' && !change.listener ? t('lane.returnedToListen') : change.to;
  return `Note over ${ID[change.host]}: ${mermaidText(text)}`;
}

export function traceToMermaid(trace: Trace, options: MermaidOptions): string {
  const { t } = options;
  const seqMode = options.seqMode ?? 'absolute';
  const index = indexTrace(trace);
  // Mermaid draws each message level, so it sits where the segment reaches its receiver (or is
  // lost): that is where it changes things, and a segment the network held back (a delayed
  // copy, an old SYN) then comes just before the state change it causes. Still in flight at
  // the end of the run: at its send.
  const items: { at: number; order: number; line: string }[] = [
    ...index.segments.map((s, i) => ({
      at: s.endIndex ?? s.sendIndex,
      order: i,
      line: message(s, seqMode, t),
    })),
    ...index.stateChanges.map((c, i) => ({
      at: c.index,
      order: index.segments.length + i,
      line: note(c, t),
    })),
  ];
  items.sort((a, b) => a.at - b.at || a.order - b.order);
  const lines = ['sequenceDiagram'];
  const title = options.title === undefined ? '' : mermaidText(options.title);
  if (title !== '') lines.push(`    title ${title}`);
  lines.push(`    ${participant('client', t)}`, `    ${participant('server', t)}`);
  for (const item of items) lines.push(`    ${item.line}`);
  return `${lines.join('\n')}\n`;
}
