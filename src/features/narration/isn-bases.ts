// The numbers "relative" sequence numbering counts from: per connection, as Wireshark numbers
// each TCP stream. Its own small module because the timeline's index and the inspector (in the
// first frame) need it while the rest of the narration loads later.
import type { TraceEvent, TraceSegment } from '../../core/trace.ts';

/** Base sequence numbers for "relative" numbering, one per side. */
export interface IsnBases {
  client: number;
  server: number;
}

/** The bases in force for one segment; null for a side whose SYN was never seen. */
export interface SegmentBases {
  client: number | null;
  server: number | null;
}

/** Before any SYN: every number as on the wire. */
export const NO_BASES: SegmentBases = { client: null, server: null };

/**
 * A segment's connection: the client side's port, the server side's port, and whether the
 * client side's address is forged (a forged SYN and the reply sent to it). That is the
 * 4-tuple a capture of the run shows (forged addresses follow from the port).
 */
function connectionOf(seg: TraceSegment): string {
  const clientPort = seg.from === 'client' ? seg.srcPort : seg.dstPort;
  const serverPort = seg.from === 'client' ? seg.dstPort : seg.srcPort;
  return `${clientPort} ${serverPort} ${seg.spoofed}`;
}

/**
 * Each segment's bases (by segment id): on its own connection, the seq of the latest SYN each
 * side sent before it, in the order segments first appear in the events. A SYN injected as
 * old (from an earlier incarnation) does not restart its side's numbering, so it reads as
 * below the current one; a fresh SYN (a host that restarted) does.
 */
export function connectionBases(events: readonly TraceEvent[]): Map<number, SegmentBases> {
  const byConnection = new Map<string, SegmentBases>();
  const out = new Map<number, SegmentBases>();
  for (const e of events) {
    if (e.type !== 'send' && e.type !== 'deliver' && e.type !== 'drop') continue;
    const seg = e.segment;
    if (out.has(seg.id)) continue;
    const key = connectionOf(seg);
    let bases = byConnection.get(key) ?? NO_BASES;
    if (seg.flags.includes('SYN') && (!seg.stale || bases[seg.from] === null)) {
      // A new object: the segments before keep the bases they were numbered with.
      bases = { ...bases, [seg.from]: seg.seq >>> 0 };
      byConnection.set(key, bases);
    }
    out.set(seg.id, bases);
  }
  return out;
}

/** One number relative to its side's base: a signed 32-bit difference, so an old number reads as negative; as on the wire without a base. */
export function relativeTo(value: number, base: number | null): number {
  return base === null ? value >>> 0 : (value - base) | 0;
}
