// The real bytes of a traced segment: a 20-octet IPv4 header (RFC 791) and a TCP header
// (RFC 9293 §3.1: 20 octets plus the segment's options, if any), with the TCP checksum computed per RFC 1071
// over the IPv4 pseudo-header, the header and the data. The inspector shows these bytes;
// the pcap writer (issue 5) reuses them, so the output is deterministic for a given trace.
// Pure: no DOM, no Node APIs (TextEncoder is part of the ECMAScript host in both).

import type { FlagName, HostName, SegmentOptions, TraceSegment } from '../core/trace.ts';

/** Documentation addresses (RFC 5737 TEST-NET-1 and TEST-NET-2): never routable, never real. */
export const CLIENT_IPV4 = '192.0.2.1';
export const SERVER_IPV4 = '198.51.100.1';

/**
 * A spoofed segment's forged source (and its replies' destination): RFC 5737 TEST-NET-3,
 * one address per forged port, so Wireshark lists the flood as many hosts.
 */
export function spoofedIpv4(port: number): string {
  return `203.0.113.${1 + (port % 254)}`;
}

export const IPV4_HEADER_LENGTH = 20;
export const TCP_HEADER_LENGTH = 20;
/** RFC 9293 §3.1 Data Offset: header length in 32-bit words (5: no options). */
export const TCP_DATA_OFFSET_WORDS = 5;
export const IPPROTO_TCP = 6;
/** TTL written into the IPv4 header; a conventional initial value. */
export const IPV4_TTL = 64;

/**
 * Control bits in header order (RFC 9293 §3.1 and the IANA "TCP Header Flags" registry):
 * the low octet of the 16-bit word that starts with Data Offset and Rsrvd.
 */
export const TCP_CONTROL_BITS = [
  { name: 'CWR', mask: 0x80 },
  { name: 'ECE', mask: 0x40 },
  { name: 'URG', mask: 0x20 },
  { name: 'ACK', mask: 0x10 },
  { name: 'PSH', mask: 0x08 },
  { name: 'RST', mask: 0x04 },
  { name: 'SYN', mask: 0x02 },
  { name: 'FIN', mask: 0x01 },
] as const;
export type ControlBitName = (typeof TCP_CONTROL_BITS)[number]['name'];

const MASK_OF: Record<FlagName, number> = {
  URG: 0x20,
  ACK: 0x10,
  PSH: 0x08,
  RST: 0x04,
  SYN: 0x02,
  FIN: 0x01,
};

export function addressOf(host: HostName): Uint8Array {
  return parseIpv4(host === 'client' ? CLIENT_IPV4 : SERVER_IPV4);
}

/** Source and destination address of a segment (the client side forged when it is spoofed). */
export function segmentAddresses(seg: TraceSegment): { src: Uint8Array; dst: Uint8Array } {
  const client = seg.spoofed
    ? parseIpv4(spoofedIpv4(seg.from === 'client' ? seg.srcPort : seg.dstPort))
    : addressOf('client');
  const server = addressOf('server');
  return seg.from === 'client' ? { src: client, dst: server } : { src: server, dst: client };
}

/** TCP option kinds (IANA "TCP Option Kind Numbers"). */
export const OPTION_KIND = {
  end: 0,
  nop: 1,
  mss: 2,
  windowScale: 3,
  sackPermitted: 4,
  timestamp: 8,
} as const;

/**
 * The options as Linux's tcp_options_write() lays them out: MSS; SACK_PERM and TS together
 * (or NOP, NOP, TS without SACK); NOP, WS; NOP, NOP, SACK_PERM when there is no TS. Always
 * a multiple of 4 octets, so no end-of-list padding is needed.
 */
export function encodeTcpOptions(o: SegmentOptions | undefined): Uint8Array {
  if (!o) return new Uint8Array(0);
  const out: number[] = [];
  const u16 = (v: number) => out.push((v >>> 8) & 0xff, v & 0xff);
  const u32 = (v: number) => {
    u16((v >>> 16) & 0xffff);
    u16(v & 0xffff);
  };
  if (o.mss !== undefined) {
    out.push(OPTION_KIND.mss, 4);
    u16(o.mss);
  }
  if (o.timestamp) {
    if (o.sackPermitted) out.push(OPTION_KIND.sackPermitted, 2);
    else out.push(OPTION_KIND.nop, OPTION_KIND.nop);
    out.push(OPTION_KIND.timestamp, 10);
    u32(o.timestamp.value);
    u32(o.timestamp.echo);
  }
  if (o.windowScale !== undefined)
    out.push(OPTION_KIND.nop, OPTION_KIND.windowScale, 3, o.windowScale);
  if (o.sackPermitted && !o.timestamp)
    out.push(OPTION_KIND.nop, OPTION_KIND.nop, OPTION_KIND.sackPermitted, 2);
  return Uint8Array.from(out);
}

export function parseIpv4(text: string): Uint8Array {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) {
    throw new RangeError(`Not an IPv4 address in dotted-quad form: "${text}"`);
  }
  return Uint8Array.from(parts.map(Number));
}

/** The flags octet (CWR … FIN) for a segment's control flags. CWR and ECE are never set by the simulator. */
export function controlBitsOctet(flags: readonly FlagName[]): number {
  let octet = 0;
  for (const f of flags) octet |= MASK_OF[f];
  return octet;
}

/**
 * The 16-bit ones'-complement sum of `bytes` (RFC 1071 §4.1), folded to 16 bits but NOT
 * complemented; `initial` continues an earlier partial sum. An odd trailing octet is
 * padded with a zero on its right.
 */
export function onesComplementSum(bytes: Uint8Array, initial = 0): number {
  let sum = initial;
  const even = bytes.length & ~1;
  for (let i = 0; i < even; i += 2) sum += (bytes[i]! << 8) | bytes[i + 1]!;
  if (even < bytes.length) sum += bytes[even]! << 8;
  // Fold the carries back in (end-around carry) until the sum fits in 16 bits.
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  return sum;
}

/** The Internet checksum of RFC 1071: the ones' complement of the ones'-complement sum. */
export function internetChecksum(bytes: Uint8Array, initial = 0): number {
  return ~onesComplementSum(bytes, initial) & 0xffff;
}

/**
 * The data octets of a segment, `len` of them. The trace carries no real data, only
 * counts, so the bytes are zeros — except for an injected stale segment that names its
 * data (`payload`, e.g. "DEBIT 100"): its UTF-8 text fills the data from the start,
 * zero-padded or truncated to exactly `len` octets, so the checksum is over what the
 * inspector shows and `len` (what the engine counted in sequence space) stays true.
 */
export function segmentPayload(seg: TraceSegment): Uint8Array {
  const out = new Uint8Array(seg.len);
  if (seg.payload !== undefined && seg.len > 0)
    out.set(new TextEncoder().encode(seg.payload).subarray(0, seg.len));
  return out;
}

/**
 * The RFC 9293 §3.1 Window field is 16 bits. After a window-scale exchange (RFC 7323 §2.3)
 * a non-SYN segment carries the window shifted right by the sender's announced `shift`
 * (rounded down); a SYN's window is never scaled.
 */
export function windowField(wnd: number, shift = 0): number {
  return Math.max(0, Math.min(0xffff, Math.floor(wnd / 2 ** shift)));
}

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >>> 8) & 0xff;
  b[at + 1] = v & 0xff;
}

function put32(b: Uint8Array, at: number, v: number): void {
  put16(b, at, (v >>> 16) & 0xffff);
  put16(b, at + 2, v & 0xffff);
}

/** The 12-octet IPv4 pseudo-header of RFC 9293 Figure 2 for a segment of `tcpLength` octets. */
export function pseudoHeader(seg: TraceSegment, tcpLength: number): Uint8Array {
  const b = new Uint8Array(12);
  const { src, dst } = segmentAddresses(seg);
  b.set(src, 0);
  b.set(dst, 4);
  b[8] = 0;
  b[9] = IPPROTO_TCP;
  put16(b, 10, tcpLength);
  return b;
}

/**
 * The TCP header with its options and checksum filled in. Urgent Pointer is 0 (URG is not
 * modelled). `windowShift`: the sender's window scale, once both SYNs carried one.
 */
export function buildTcpHeader(
  seg: TraceSegment,
  payload: Uint8Array = segmentPayload(seg),
  windowShift = 0,
): Uint8Array {
  const options = encodeTcpOptions(seg.options);
  const h = new Uint8Array(TCP_HEADER_LENGTH + options.length);
  put16(h, 0, seg.srcPort & 0xffff);
  put16(h, 2, seg.dstPort & 0xffff);
  put32(h, 4, seg.seq >>> 0);
  // RFC 9293: the Acknowledgment Number is meaningful only with ACK; we send zeros without it.
  put32(h, 8, seg.ack === null ? 0 : seg.ack >>> 0);
  h[12] = (h.length / 4) << 4; // Data Offset (words), then 4 reserved bits of zero
  h[13] = controlBitsOctet(seg.flags);
  put16(h, 14, windowField(seg.wnd, seg.flags.includes('SYN') ? 0 : windowShift));
  // h[16..17], the checksum, stays zero while it is computed (RFC 9293 §3.1).
  put16(h, 18, 0);
  h.set(options, TCP_HEADER_LENGTH);
  const tcpLength = h.length + payload.length;
  let sum = onesComplementSum(pseudoHeader(seg, tcpLength));
  sum = onesComplementSum(h, sum);
  const checksum = internetChecksum(payload, sum);
  put16(h, 16, checksum);
  return h;
}

/**
 * The IPv4 header (RFC 791) carrying a TCP segment of `tcpLength` octets: version 4,
 * IHL 5, DSCP/ECN 0, Identification = low 16 bits of the segment id (deterministic and
 * distinct per segment), Don't Fragment, TTL 64, protocol 6, header checksum filled in.
 */
export function buildIpv4Header(seg: TraceSegment, tcpLength: number): Uint8Array {
  const h = new Uint8Array(IPV4_HEADER_LENGTH);
  h[0] = 0x45;
  h[1] = 0;
  put16(h, 2, IPV4_HEADER_LENGTH + tcpLength);
  put16(h, 4, seg.id & 0xffff);
  put16(h, 6, 0x4000); // flags: DF; fragment offset 0
  h[8] = IPV4_TTL;
  h[9] = IPPROTO_TCP;
  const { src, dst } = segmentAddresses(seg);
  h.set(src, 12);
  h.set(dst, 16);
  put16(h, 10, internetChecksum(h));
  return h;
}

export interface SegmentBytes {
  ip: Uint8Array;
  tcp: Uint8Array;
  payload: Uint8Array;
  /** The whole IPv4 datagram: ip + tcp + payload (what a LINKTYPE_RAW pcap record holds). */
  datagram: Uint8Array;
  /** The TCP checksum as written in the header. */
  checksum: number;
}

export function buildSegmentBytes(seg: TraceSegment, windowShift = 0): SegmentBytes {
  const payload = segmentPayload(seg);
  const tcp = buildTcpHeader(seg, payload, windowShift);
  const ip = buildIpv4Header(seg, tcp.length + payload.length);
  const datagram = new Uint8Array(ip.length + tcp.length + payload.length);
  datagram.set(ip, 0);
  datagram.set(tcp, ip.length);
  datagram.set(payload, ip.length + tcp.length);
  return { ip, tcp, payload, datagram, checksum: (tcp[16]! << 8) | tcp[17]! };
}

/** True when the TCP checksum in `tcp` is right for the segment (sum over everything, checksum included, is 0xffff). */
export function verifyTcpChecksum(
  seg: TraceSegment,
  tcp: Uint8Array,
  payload: Uint8Array,
): boolean {
  let sum = onesComplementSum(pseudoHeader(seg, tcp.length + payload.length));
  sum = onesComplementSum(tcp, sum);
  return internetChecksum(payload, sum) === 0;
}

/** Octets as lower-case hex, grouped by `groupSize` octets per group ("45000028 00014000 …"). */
export function hexGroups(bytes: Uint8Array, groupSize = 4): string[] {
  const groups: string[] = [];
  for (let i = 0; i < bytes.length; i += groupSize) {
    let g = '';
    for (const b of bytes.subarray(i, i + groupSize)) g += b.toString(16).padStart(2, '0');
    groups.push(g);
  }
  return groups;
}
