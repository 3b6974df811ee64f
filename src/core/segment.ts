// Control bits as a bitmask inside the engine (fast tests on the hot path); the trace
// carries them as names in canonical order.

import { FLAG_NAMES, type FlagName, type HostName, type TraceSegment } from './trace.ts';

export const SYN = 1;
export const ACK = 2;
export const FIN = 4;
export const RST = 8;
export const PSH = 16;
export const URG = 32;

const BIT_OF: Record<FlagName, number> = { SYN, ACK, FIN, RST, PSH, URG };

export function flagsToBits(flags: readonly FlagName[]): number {
  let bits = 0;
  for (const f of flags) bits |= BIT_OF[f];
  return bits;
}

// Precomputed name lists for all 64 flag combinations, shared (frozen) between segments.
const NAMES_BY_BITS: readonly FlagName[][] = Array.from(
  { length: 64 },
  (_, bits) =>
    Object.freeze(FLAG_NAMES.filter((name) => (bits & BIT_OF[name]) !== 0)) as FlagName[],
);

export function bitsToFlags(bits: number): FlagName[] {
  return NAMES_BY_BITS[bits & 63]!;
}

/**
 * A trace segment with the fields every segment has, and a mark if one is known now. One
 * literal per shape, so every segment has its fields in the trace's key order (the JSON of the
 * trace follows it); other optional fields are added after, by the caller, in the order
 * TraceSegment declares them. A mark goes in the literal rather than being added after: V8
 * sizes a literal's object to its own properties, so a property added later costs the
 * segment a second allocation (retransmissions under loss, every injected segment).
 */
export function newSegment(
  id: number,
  from: HostName,
  srcPort: number,
  dstPort: number,
  seq: number,
  ack: number | null,
  bits: number,
  len: number,
  wnd: number,
  mark?: 'stale' | 'retransmission',
): TraceSegment {
  seq >>>= 0;
  const a = ack === null ? null : ack >>> 0;
  const flags = bitsToFlags(bits);
  if (mark === 'retransmission')
    return { id, from, srcPort, dstPort, seq, ack: a, flags, len, wnd, retransmission: true };
  if (mark === 'stale')
    return { id, from, srcPort, dstPort, seq, ack: a, flags, len, wnd, stale: true };
  return { id, from, srcPort, dstPort, seq, ack: a, flags, len, wnd };
}

/** A segment in flight: the trace record plus its bits. */
export interface Packet {
  seg: TraceSegment;
  bits: number;
}

/** SEG.LEN as RFC 9293 counts it: data octets plus one each for SYN and FIN. */
export function segSpace(p: Packet): number {
  return p.seg.len + (p.bits & SYN ? 1 : 0) + (p.bits & FIN ? 1 : 0);
}

/** tcpdump's compact flag notation: S, S., ., F., R, R., P. … */
export function tcpdumpFlags(flags: readonly FlagName[]): string {
  let s = '';
  if (flags.includes('SYN')) s += 'S';
  if (flags.includes('FIN')) s += 'F';
  if (flags.includes('RST')) s += 'R';
  if (flags.includes('PSH')) s += 'P';
  if (flags.includes('URG')) s += 'U';
  if (flags.includes('ACK')) s += '.';
  return s || 'none';
}
