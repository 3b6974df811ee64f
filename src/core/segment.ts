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
const NAMES_BY_BITS: readonly FlagName[][] = Array.from({ length: 64 }, (_, bits) =>
  Object.freeze(FLAG_NAMES.filter((name) => (bits & BIT_OF[name]) !== 0)) as FlagName[],
);

export function bitsToFlags(bits: number): FlagName[] {
  return NAMES_BY_BITS[bits & 63]!;
}

/**
 * A trace segment with the fields every segment has. One literal, so every segment starts
 * with the same shape and key order (the JSON of the trace follows it); optional fields are
 * added after, by the caller, in the order TraceSegment declares them.
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
): TraceSegment {
  return { id, from, srcPort, dstPort, seq: seq >>> 0, ack: ack === null ? null : ack >>> 0, flags: bitsToFlags(bits), len, wnd };
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
