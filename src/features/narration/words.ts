// Small phrases the narration builds sentences from: how a segment is named, how numbers
// and times are shown. Kept apart from the sentence choice so the timeline can reuse them.

import type { FlagName, HostName, TraceSegment } from '../../core/trace.ts';
import type { IsnBases } from './trace-lookup.ts';

export type NumberMode = 'absolute' | 'relative';

/** Flag order for names: the control bits first, ACK last, so "SYN-ACK", "FIN-ACK", "RST-ACK". */
const NAME_ORDER: readonly FlagName[] = ['SYN', 'FIN', 'RST', 'PSH', 'URG', 'ACK'];

/** "SYN", "SYN-ACK", "RST", "FIN-ACK"…; '' for a segment with no flags. */
export function flagsName(flags: readonly FlagName[]): string {
  return NAME_ORDER.filter((f) => flags.includes(f)).join('-');
}

/** A signed 32-bit difference, so numbers just below a base read as negative. */
function relative(value: number, base: number): number {
  return (value - base) | 0;
}

/** Shows sequence numbers as on the wire (absolute) or relative to each host's first ISS. */
export class SeqNumbers {
  constructor(
    readonly mode: NumberMode,
    readonly bases: IsnBases,
  ) {}

  /** A number in `owner`'s sequence space (its seq, or an ack of it sent by the peer). */
  inSpaceOf(owner: HostName, value: number): number {
    return this.mode === 'relative' ? relative(value, this.bases[owner]) : value >>> 0;
  }

  seq(seg: TraceSegment): number {
    return this.inSpaceOf(seg.from, seg.seq);
  }

  /** The ack field numbers the other host's sequence space. */
  ack(seg: TraceSegment): number | null {
    if (seg.ack === null) return null;
    return this.inSpaceOf(seg.from === 'client' ? 'server' : 'client', seg.ack);
  }
}

/** Milliseconds as seconds without trailing zeros: 1000 → "1", 1050 → "1.05", 240000 → "240". */
export function secondsText(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
}
