// IPv4 (RFC 791), IPv6 (RFC 8200, walking extension headers to the TCP header) and TCP
// (RFC 9293 §3.1, options of RFC 7323, RFC 2018; ECN bits of RFC 3168) decoding. A packet
// cut by the snapshot length still decodes when its TCP header is complete: the payload
// length comes from the IP length fields, not from the captured bytes.

import { capturePhrase, type CapturePhrase } from './capture-phrases.ts';
import { be16, be32 } from './byte-view.ts';

export interface IpInfo {
  version: 4 | 6;
  src: string;
  dst: string;
  /** TTL (IPv4) or hop limit (IPv6). */
  ttl: number;
  /** IPv4 identification; absent for IPv6. */
  id?: number;
}

export interface TcpOptions {
  mss?: number;
  windowScale?: number;
  sackPermitted?: boolean;
  /** SACK blocks as [left, right) pairs. */
  sack?: [number, number][];
  timestamp?: { value: number; echo: number };
  /** Option kinds seen, in order (including NOP = 1), for the inspector. */
  kinds: number[];
}

/** Every TCP header flag, in header order after the (accurate ECN) AE bit. */
export type TcpFlag = 'AE' | 'CWR' | 'ECE' | 'URG' | 'ACK' | 'PSH' | 'RST' | 'SYN' | 'FIN';

export interface TcpInfo {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: TcpFlag[];
  window: number;
  headerLength: number;
  options: TcpOptions;
  /** Data octets carried (from the IP length fields). */
  payloadLength: number;
  checksum: number;
  urgentPointer: number;
}

export type Decoded =
  | { ok: true; ip: IpInfo; tcp: TcpInfo | null; note?: CapturePhrase }
  | { ok: false; note: CapturePhrase };

const IPPROTO_TCP = 6;

export function decodeIpv4(b: Uint8Array): Decoded {
  if (b.length < 20) return { ok: false, note: capturePhrase('ipv4Short') };
  const version = (b[0] ?? 0) >> 4;
  const headerLength = ((b[0] ?? 0) & 0x0f) * 4;
  if (version !== 4) return { ok: false, note: capturePhrase('notIpv4', { version }) };
  if (headerLength < 20) return { ok: false, note: capturePhrase('ipv4HeaderLength', { length: headerLength }) };
  if (b.length < headerLength) return { ok: false, note: capturePhrase('ipv4Short') };
  const totalLength = be16(b, 2);
  const ip: IpInfo = { version: 4, src: ipv4Text(b, 12), dst: ipv4Text(b, 16), ttl: b[8] ?? 0, id: be16(b, 4) };
  const fragment = be16(b, 6);
  if ((fragment & 0x1fff) !== 0 || (fragment & 0x2000) !== 0) return { ok: true, ip, tcp: null, note: capturePhrase('ipv4Fragment') };
  if ((b[9] ?? 0) !== IPPROTO_TCP) return { ok: true, ip, tcp: null };
  // Linux captures of TSO/GRO packets can carry total length 0; fall back to what is there.
  const ipPayload = totalLength >= headerLength ? totalLength - headerLength : b.length - headerLength;
  return withTcp(ip, b.subarray(headerLength), ipPayload);
}

const IPV6_EXTENSIONS = new Set([0, 43, 60, 51]); // hop-by-hop, routing, destination options, AH
const IPV6_FRAGMENT = 44;

export function decodeIpv6(b: Uint8Array): Decoded {
  if (b.length < 40) return { ok: false, note: capturePhrase('ipv6Short') };
  const version = (b[0] ?? 0) >> 4;
  if (version !== 6) return { ok: false, note: capturePhrase('notIpv6', { version }) };
  const ip: IpInfo = { version: 6, src: ipv6Text(b, 8), dst: ipv6Text(b, 24), ttl: b[7] ?? 0 };
  let remaining = be16(b, 4); // payload length after the fixed header
  let next = b[6] ?? 0;
  let at = 40;
  // Each extension header advances at least 8 octets, so this loop ends.
  while (IPV6_EXTENSIONS.has(next) || next === IPV6_FRAGMENT) {
    if (b.length < at + 8) return { ok: true, ip, tcp: null, note: capturePhrase('ipv6ExtensionShort') };
    let length: number;
    if (next === IPV6_FRAGMENT) {
      const offsetAndMore = be16(b, at + 2);
      if ((offsetAndMore & 0xfff9) !== 0) return { ok: true, ip, tcp: null, note: capturePhrase('ipv6Fragment') };
      length = 8;
    } else if (next === 51) {
      length = ((b[at + 1] ?? 0) + 2) * 4;
    } else {
      length = ((b[at + 1] ?? 0) + 1) * 8;
    }
    next = b[at] ?? 0;
    at += length;
    remaining -= length;
  }
  if (next !== IPPROTO_TCP) return { ok: true, ip, tcp: null };
  if (b.length < at) return { ok: true, ip, tcp: null, note: capturePhrase('ipv6ExtensionShort') };
  return withTcp(ip, b.subarray(at), remaining > 0 ? remaining : b.length - at);
}

function withTcp(ip: IpInfo, segment: Uint8Array, segmentLength: number): Decoded {
  const tcp = decodeTcp(segment, segmentLength);
  return 'srcPort' in tcp ? { ok: true, ip, tcp } : { ok: true, ip, tcp: null, note: tcp };
}

const FLAG_BITS: [TcpFlag, number][] = [
  ['CWR', 0x80],
  ['ECE', 0x40],
  ['URG', 0x20],
  ['ACK', 0x10],
  ['PSH', 0x08],
  ['RST', 0x04],
  ['SYN', 0x02],
  ['FIN', 0x01],
];

/** Returns the decoded header, or a note saying why it could not be read. */
export function decodeTcp(b: Uint8Array, segmentLength: number): TcpInfo | CapturePhrase {
  if (b.length < 20) return capturePhrase('tcpShort');
  const headerLength = ((b[12] ?? 0) >> 4) * 4;
  if (headerLength < 20) return capturePhrase('tcpDataOffset', { offset: headerLength / 4 });
  if (b.length < headerLength) return capturePhrase('tcpOptionsShort');
  const flagByte = b[13] ?? 0;
  const flags: TcpFlag[] = (b[12] ?? 0) & 0x01 ? ['AE'] : [];
  for (const [name, mask] of FLAG_BITS) if (flagByte & mask) flags.push(name);
  return {
    srcPort: be16(b, 0),
    dstPort: be16(b, 2),
    seq: be32(b, 4),
    ack: be32(b, 8),
    flags,
    window: be16(b, 14),
    checksum: be16(b, 16),
    urgentPointer: be16(b, 18),
    headerLength,
    options: decodeOptions(b.subarray(20, headerLength)),
    payloadLength: Math.max(0, segmentLength - headerLength),
  };
}

function decodeOptions(b: Uint8Array): TcpOptions {
  const options: TcpOptions = { kinds: [] };
  let at = 0;
  while (at < b.length) {
    const kind = b[at] ?? 0;
    options.kinds.push(kind);
    if (kind === 0) break; // end of option list
    if (kind === 1) {
      at++; // NOP
      continue;
    }
    const length = b[at + 1] ?? 0;
    if (length < 2 || at + length > b.length) break; // malformed: keep what was read
    const v = at + 2;
    if (kind === 2 && length === 4) options.mss = be16(b, v);
    else if (kind === 3 && length === 3) options.windowScale = b[v] ?? 0;
    else if (kind === 4 && length === 2) options.sackPermitted = true;
    else if (kind === 5 && (length - 2) % 8 === 0) {
      options.sack = [];
      for (let s = v; s < at + length; s += 8) options.sack.push([be32(b, s), be32(b, s + 4)]);
    } else if (kind === 8 && length === 10) options.timestamp = { value: be32(b, v), echo: be32(b, v + 4) };
    at += length;
  }
  return options;
}

function ipv4Text(b: Uint8Array, at: number): string {
  return `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;
}

/** RFC 5952 text: lower case, leading zeros dropped, the longest run of 2+ zero groups as "::". */
export function ipv6Text(b: Uint8Array, at: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push(be16(b, at + i * 2));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
