// Entry point of the capture importer: bytes of a .pcap or .pcapng file in, decoded
// packets out. Pure (no DOM, no Node APIs) so it runs in the worker and in tests alike.
// It throws only CaptureError, with a message that names what is wrong.

import { ByteView } from './byte-view.ts';
import { CaptureError, hex32 } from './capture-error.ts';
import { capturePhrase, sayCapturePhrase, type CapturePhrase } from './capture-phrases.ts';
import type { CaptureFormat, CaptureRecords } from './capture-record.ts';
import { decodeIpv4, decodeIpv6, type IpInfo, type TcpInfo } from './ip-tcp.ts';
import { DEFAULT_CAPTURE_LIMITS, describeBytes, type CaptureLimits } from './limits.ts';
import { assertSupportedLinkType, networkPayload } from './link-layer.ts';
import { isPcapMagic, readPcap } from './pcap-file.ts';
import { PCAPNG_SHB, readPcapng } from './pcapng-file.ts';

export interface CapturedPacket {
  /** Frame number, from 1, as Wireshark counts. */
  frame: number;
  /** Byte offset of the record in the file. */
  offset: number;
  tsSec: number;
  tsNsec: number;
  linkType: number;
  capturedLength: number;
  originalLength: number;
  /** 802.1Q/802.1ad VLAN ids, outermost first (Ethernet only). */
  vlan: number[];
  ip: IpInfo | null;
  tcp: TcpInfo | null;
  /** Why the packet was not decoded to TCP, when that is unusual (not just "not TCP"). */
  note?: CapturePhrase;
}

export interface ParsedCapture {
  format: CaptureFormat;
  /** The file's link type (pcap header, or the first pcapng interface). */
  linkType: number;
  packets: CapturedPacket[];
  /** Notes on the file (what was read but not shown), as phrases the page words. */
  warnings: CapturePhrase[];
}

export function parseCapture(bytes: Uint8Array, limits: Partial<CaptureLimits> = {}): ParsedCapture {
  const limit: CaptureLimits = { ...DEFAULT_CAPTURE_LIMITS, ...limits };
  if (bytes.length > limit.maxBytes) {
    throw new CaptureError(capturePhrase('tooLarge', { limit: describeBytes(limit.maxBytes), bytes: bytes.length }));
  }
  if (bytes.length === 0) throw new CaptureError(capturePhrase('empty'));
  if (bytes.length < 4) throw new CaptureError(capturePhrase('tooShort', { bytes: bytes.length }));
  const magic = new ByteView(bytes).u32(0, true, 'partFileHeader');
  let read: CaptureRecords;
  if (magic === PCAPNG_SHB) read = readPcapng(bytes, limit);
  else if (isPcapMagic(magic)) read = readPcap(bytes, limit);
  else throw new CaptureError(capturePhrase('badMagic', { magic: hex32(new ByteView(bytes).u32(0, false, 'partFileHeader')) }));

  // The same note (worded alike) counted once per packet it is about.
  const notes = new Map<string, { note: CapturePhrase; packets: number }>();
  const packets = read.records.map((r, i): CapturedPacket => {
    assertSupportedLinkType(r.linkType);
    const base = {
      frame: i + 1,
      offset: r.offset,
      tsSec: r.tsSec,
      tsNsec: r.tsNsec,
      linkType: r.linkType,
      capturedLength: r.capturedLength,
      originalLength: r.originalLength,
    };
    const net = networkPayload(r.linkType, r.data);
    if (net.kind === 'other') {
      count(notes, capturePhrase('notIp', { why: net.why }));
      return { ...base, vlan: [], ip: null, tcp: null, note: net.why };
    }
    const decoded = net.kind === 'ipv4' ? decodeIpv4(net.bytes) : decodeIpv6(net.bytes);
    if (decoded.note) count(notes, decoded.note);
    const packet: CapturedPacket = {
      ...base,
      vlan: net.vlan,
      ip: decoded.ok ? decoded.ip : null,
      tcp: decoded.ok ? decoded.tcp : null,
    };
    if (decoded.note) packet.note = decoded.note;
    return packet;
  });
  const warnings = [...read.warnings];
  for (const { note, packets } of notes.values())
    warnings.push(capturePhrase('packetsNote', { count: packets, note }));
  return { format: read.format, linkType: read.linkType ?? -1, packets, warnings };
}

function count(map: Map<string, { note: CapturePhrase; packets: number }>, note: CapturePhrase): void {
  const key = sayCapturePhrase(note);
  const seen = map.get(key);
  if (seen) seen.packets++;
  else map.set(key, { note, packets: 1 });
}

/** Milliseconds from packet `a` to packet `b` (exact to the nanosecond within double precision). */
export function millisBetween(a: Pick<CapturedPacket, 'tsSec' | 'tsNsec'>, b: Pick<CapturedPacket, 'tsSec' | 'tsNsec'>): number {
  return (b.tsSec - a.tsSec) * 1000 + (b.tsNsec - a.tsNsec) / 1e6;
}
