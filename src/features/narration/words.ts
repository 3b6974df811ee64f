// Small phrases the narration builds sentences from: how a segment is named, how numbers
// and times are shown. Kept apart from the sentence choice so the timeline can reuse them.

import type { FlagName, HostName, TraceSegment } from '../../core/trace.ts';
import { relativeTo, type SegmentBases } from './isn-bases.ts';

export type NumberMode = 'absolute' | 'relative';

/** Flag order for names: the control bits first, ACK last, so "SYN-ACK", "FIN-ACK", "RST-ACK". */
const NAME_ORDER: readonly FlagName[] = ['SYN', 'FIN', 'RST', 'PSH', 'URG', 'ACK'];

/** "SYN", "SYN-ACK", "RST", "FIN-ACK"…; '' for a segment with no flags. */
export function flagsName(flags: readonly FlagName[]): string {
  return NAME_ORDER.filter((f) => flags.includes(f)).join('-');
}

/** The bases a segment's numbers count from (its connection's: isn-bases.ts). */
export type BasesOf = (seg: TraceSegment) => SegmentBases;

/** Shows sequence numbers as on the wire (absolute) or relative to their connection's ISNs. */
export class SeqNumbers {
  private readonly basesOf: BasesOf;

  constructor(
    readonly mode: NumberMode,
    /** The same bases for every segment, or each segment's own. */
    bases: SegmentBases | BasesOf,
  ) {
    this.basesOf = typeof bases === 'function' ? bases : () => bases;
  }

  /** A number in `owner`'s sequence space on `on`'s connection (a seq, or an ack of one). */
  inSpaceOf(owner: HostName, value: number, on: TraceSegment): number {
    return this.mode === 'relative' ? relativeTo(value, this.basesOf(on)[owner]) : value >>> 0;
  }

  seq(seg: TraceSegment): number {
    return this.inSpaceOf(seg.from, seg.seq, seg);
  }

  /** The ack field numbers the other host's sequence space. */
  ack(seg: TraceSegment): number | null {
    if (seg.ack === null) return null;
    return this.inSpaceOf(seg.from === 'client' ? 'server' : 'client', seg.ack, seg);
  }
}

/** Milliseconds as seconds without trailing zeros: 1000 → "1", 1050 → "1.05", 240000 → "240". */
export function secondsText(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
}
