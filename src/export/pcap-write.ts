// A run as a classic libpcap file (issue 5), for Wireshark, tcpdump and tshark.
// Pure: no DOM, no Node APIs, so the UI (download) and the CLI (--pcap) share it.
//
// Format (https://www.tcpdump.org/manpages/pcap-savefile.5.html, and the IETF draft
// "PCAP Capture File Format"): a 24-octet file header, then one 16-octet record header
// and the packet's bytes per packet.
// - Byte order: little-endian, the magic number 0xa1b2c3d4 written as d4 c3 b2 a1. That is
//   what tcpdump writes on x86 and ARM; every reader accepts both orders.
// - Timestamps: seconds and MICROseconds (the classic magic; 0xa1b23c4d would mean ns).
// - Link type 101, LINKTYPE_RAW: each record is one IPv4 datagram with no link header, as
//   the simulator has no link layer to invent. Snapshot length 65535: nothing is cut.
//
// Which segments become packets: one packet per arrow of the lab's timeline, stamped with
// the time the arrow starts, so Wireshark's packet list reads top to bottom like the lab's
// diagram and its "time" column equals the lab's send times. A capture "on the wire":
// - every `send` event, at its send time, whether it then arrived or was lost (it was sent;
//   a lost segment shows in Wireshark as what it is, a packet with no answer);
// - a copy made by a `duplicate` fault, right after its original and at the original's
//   send time (the lab draws the copy leaving with the original), byte-identical to it,
//   IPv4 Identification included, as a real network duplicate is;
// - an injected stale segment ("as if sent long ago"): it has no send time in this run,
//   so it is stamped when it appears, at its arrival time. It did arrive, so it is in.
// Times are virtual milliseconds on a fixed epoch, so the same scenario gives the same
// bytes on every machine and every run.

import type { TraceEvent, TraceSegment, Trace } from '../core/trace.ts';
import { buildSegmentBytes, IPV4_HEADER_LENGTH, TCP_HEADER_LENGTH } from './tcp-header.ts';
import { windowShifts } from './window-scale.ts';

export const PCAP_MAGIC_MICROSECONDS = 0xa1b2c3d4;
export const PCAP_VERSION_MAJOR = 2;
export const PCAP_VERSION_MINOR = 4;
export const PCAP_SNAPLEN = 65_535;
export const LINKTYPE_RAW = 101;
export const PCAP_FILE_HEADER_LENGTH = 24;
export const PCAP_RECORD_HEADER_LENGTH = 16;
/** Virtual time 0 = 2000-01-01T00:00:00Z (Unix seconds). Fixed, so output is byte-identical. */
export const PCAP_EPOCH_SECONDS = 946_684_800;
/** Data octets an IPv4 datagram with 20-octet IP and TCP headers can hold (total length is 16 bits). */
export const MAX_DATA_PER_PACKET = 0xffff - IPV4_HEADER_LENGTH - TCP_HEADER_LENGTH;

/** A trace that cannot be written as a capture; the message says which segment and why. */
export class PcapExportError extends Error {
  override name = 'PcapExportError';
}

export interface WirePacket {
  /** Virtual milliseconds: when the segment was put on the wire (see the header comment). */
  t: number;
  /** The segment as written: a copy carries its original's id, so its bytes equal the original's. */
  segment: TraceSegment;
  /** Why it is in the capture. */
  kind: 'sent' | 'copy' | 'injected';
}

/** The packets of a run, in capture order (by time; at equal times, in trace order). */
export function wirePackets(trace: Trace): WirePacket[] {
  const sentAt = new Map<number, { t: number; order: number }>();
  const listed = new Set<number>();
  const copiesOf = new Map<number, number>();
  const entries: { packet: WirePacket; order: number; sub: number }[] = [];
  trace.events.forEach((e: TraceEvent, index) => {
    if (e.type === 'send') {
      sentAt.set(e.segment.id, { t: e.t, order: index });
      listed.add(e.segment.id);
      entries.push({ packet: { t: e.t, segment: e.segment, kind: 'sent' }, order: index, sub: 0 });
      return;
    }
    if (e.type !== 'deliver' && e.type !== 'drop') return;
    const seg = e.segment;
    if (listed.has(seg.id)) return;
    listed.add(seg.id);
    const original = seg.copyOf === undefined ? undefined : sentAt.get(seg.copyOf);
    if (original && seg.copyOf !== undefined) {
      // Several copies of one original keep their trace order (`sub`), after the original.
      const sub = (copiesOf.get(seg.copyOf) ?? 0) + 1;
      copiesOf.set(seg.copyOf, sub);
      entries.push({
        packet: { t: original.t, segment: { ...seg, id: seg.copyOf }, kind: 'copy' },
        order: original.order,
        sub,
      });
      return;
    }
    // Injected (stale): first seen where it arrives; a drop (host down) says when via sentAt.
    const t = e.type === 'drop' ? e.sentAt : e.t;
    entries.push({ packet: { t, segment: seg, kind: 'injected' }, order: index, sub: 0 });
  });
  entries.sort((a, b) => a.packet.t - b.packet.t || a.order - b.order || a.sub - b.sub);
  return entries.map((x) => x.packet);
}

/** Microseconds since the run's start, rounded: the pcap record's resolution. */
function microseconds(ms: number): number {
  return Math.round(ms * 1000);
}

/** The whole capture file for a run. Throws PcapExportError for a segment IPv4 cannot carry. */
export function traceToPcap(trace: Trace): Uint8Array {
  const packets = wirePackets(trace);
  const shiftOf = windowShifts(trace.events);
  const datagrams = packets.map((p) => {
    if (p.segment.len > MAX_DATA_PER_PACKET) {
      throw new PcapExportError(
        `segment #${p.segment.id} carries ${p.segment.len} data octets; an IPv4 packet holds at most ${MAX_DATA_PER_PACKET}, so it cannot be written to a capture file`,
      );
    }
    return buildSegmentBytes(p.segment, shiftOf(p.segment)).datagram;
  });
  const total =
    PCAP_FILE_HEADER_LENGTH +
    datagrams.reduce((n, d) => n + PCAP_RECORD_HEADER_LENGTH + d.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const LE = true;
  view.setUint32(0, PCAP_MAGIC_MICROSECONDS, LE);
  view.setUint16(4, PCAP_VERSION_MAJOR, LE);
  view.setUint16(6, PCAP_VERSION_MINOR, LE);
  view.setInt32(8, 0, LE); // thiszone: timestamps are UTC
  view.setUint32(12, 0, LE); // sigfigs: always 0
  view.setUint32(16, PCAP_SNAPLEN, LE);
  view.setUint32(20, LINKTYPE_RAW, LE);
  let at = PCAP_FILE_HEADER_LENGTH;
  packets.forEach((p, i) => {
    const datagram = datagrams[i]!;
    const us = microseconds(p.t);
    view.setUint32(at, PCAP_EPOCH_SECONDS + Math.floor(us / 1_000_000), LE);
    view.setUint32(at + 4, us % 1_000_000, LE);
    view.setUint32(at + 8, datagram.length, LE); // captured length: snaplen never cuts
    view.setUint32(at + 12, datagram.length, LE); // length on the wire
    out.set(datagram, at + PCAP_RECORD_HEADER_LENGTH);
    at += PCAP_RECORD_HEADER_LENGTH + datagram.length;
  });
  return out;
}
