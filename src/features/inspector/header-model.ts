// What the inspector draws, computed without React: the RFC 9293 §3.1 header of a traced
// segment as five 32-bit rows of fields (with the real values and bytes), and the story
// of the segment in the trace (who sent it, by which rule, and what became of it).

import type { DropReason, FlagName, HostName, TraceEvent, TraceSegment } from '../../core/trace.ts';
import {
  TCP_CONTROL_BITS,
  TCP_HEADER_LENGTH,
  buildSegmentBytes,
  hexGroups,
  verifyTcpChecksum,
  windowField,
  type ControlBitName,
} from '../../export/tcp-header.ts';
import type { SegmentBases } from '../narration/isn-bases.ts';
import { SeqNumbers } from '../narration/words.ts';

export type FieldId =
  | 'srcPort'
  | 'dstPort'
  | 'seq'
  | 'ack'
  | 'dataOffset'
  | 'reserved'
  | 'window'
  | 'checksum'
  | 'urgent';

export interface ValueCell {
  kind: 'field';
  id: FieldId;
  /** Width in bits (the row is 32). */
  bits: number;
  /** The value written in the header. */
  value: number;
}

export interface FlagCell {
  kind: 'flag';
  name: ControlBitName;
  bits: 1;
  set: boolean;
}

export type HeaderCell = ValueCell | FlagCell;

export interface HeaderRow {
  cells: HeaderCell[];
  /** The row's 4 octets in hex, e.g. "9c400050". */
  hex: string;
}

export interface HeaderModel {
  rows: HeaderRow[];
  /** TCP header octets grouped by 4, then the IPv4 header's, for the hex dump. */
  tcpHex: string[];
  ipHex: string[];
  checksum: number;
  checksumOk: boolean;
  /** Sequence and acknowledgment numbers both ways. */
  seq: { absolute: number; relative: number };
  ack: { absolute: number; relative: number } | null;
  /** True when the segment's window (after any scaling) exceeded the 16-bit field. */
  windowClamped: boolean;
  /** The window scale shift applied to the Window field (0: none, or a SYN). */
  windowShift: number;
  /** The options after the fixed 20 octets, one entry per option, in wire order. */
  options: OptionEntry[];
  payloadLength: number;
}

/** One TCP option as the inspector lists it; `hex` is its octets. */
export type OptionEntry =
  | { kind: 'mss'; value: number; hex: string }
  | { kind: 'sackPermitted'; hex: string }
  | { kind: 'timestamp'; value: number; echo: number; hex: string }
  | { kind: 'windowScale'; value: number; hex: string }
  | { kind: 'nop'; hex: string };

/** Split option octets (as tcp-header.ts writes them) into entries. */
function optionEntries(seg: TraceSegment, bytes: Uint8Array): OptionEntry[] {
  const o = seg.options ?? {};
  const out: OptionEntry[] = [];
  for (let i = 0; i < bytes.length;) {
    const kind = bytes[i]!;
    const length = kind <= 1 ? 1 : bytes[i + 1]!;
    const hex = hexGroups(bytes.subarray(i, i + length), length).join('');
    if (kind === 2) out.push({ kind: 'mss', value: o.mss ?? 0, hex });
    else if (kind === 4) out.push({ kind: 'sackPermitted', hex });
    else if (kind === 8)
      out.push({
        kind: 'timestamp',
        value: o.timestamp?.value ?? 0,
        echo: o.timestamp?.echo ?? 0,
        hex,
      });
    else if (kind === 3) out.push({ kind: 'windowScale', value: o.windowScale ?? 0, hex });
    else out.push({ kind: 'nop', hex });
    i += length;
  }
  return out;
}

function cell(id: FieldId, bits: number, value: number): ValueCell {
  return { kind: 'field', id, bits, value };
}

export function headerModel(seg: TraceSegment, bases: SegmentBases, windowShift = 0): HeaderModel {
  const shift = seg.flags.includes('SYN') ? 0 : windowShift;
  const bytes = buildSegmentBytes(seg, shift);
  const hex = hexGroups(bytes.tcp);
  const rel = new SeqNumbers('relative', bases);
  const flags = new Set<string>(seg.flags);
  const ackValue = seg.ack === null ? 0 : seg.ack >>> 0;
  const rows: HeaderRow[] = [
    { cells: [cell('srcPort', 16, seg.srcPort), cell('dstPort', 16, seg.dstPort)], hex: hex[0]! },
    { cells: [cell('seq', 32, seg.seq >>> 0)], hex: hex[1]! },
    { cells: [cell('ack', 32, ackValue)], hex: hex[2]! },
    {
      cells: [
        cell('dataOffset', 4, bytes.tcp.length / 4),
        cell('reserved', 4, 0),
        ...TCP_CONTROL_BITS.map((b): FlagCell => ({
          kind: 'flag',
          name: b.name,
          bits: 1,
          set: flags.has(b.name),
        })),
        cell('window', 16, windowField(seg.wnd, shift)),
      ],
      hex: hex[3]!,
    },
    { cells: [cell('checksum', 16, bytes.checksum), cell('urgent', 16, 0)], hex: hex[4]! },
  ];
  const ack = rel.ack(seg);
  return {
    rows,
    tcpHex: hex,
    ipHex: hexGroups(bytes.ip),
    checksum: bytes.checksum,
    checksumOk: verifyTcpChecksum(seg, bytes.tcp, bytes.payload),
    seq: { absolute: seg.seq >>> 0, relative: rel.seq(seg) },
    ack: seg.ack === null || ack === null ? null : { absolute: seg.ack >>> 0, relative: ack },
    windowClamped: Math.floor(seg.wnd / 2 ** shift) > 0xffff,
    windowShift: shift,
    options: optionEntries(seg, bytes.tcp.subarray(TCP_HEADER_LENGTH)),
    payloadLength: bytes.payload.length,
  };
}

export type SegmentOutcome =
  | { kind: 'delivered'; t: number; host: HostName; rule: string; discarded: boolean }
  | { kind: 'dropped'; t: number; reason: DropReason }
  | { kind: 'in-flight' };

export interface SegmentStory {
  /** The send event, absent for an injected (stale) segment and for a copy made by the network. */
  sent: { t: number; host: HostName; rule: string; cause: number | null } | null;
  /** When it entered the network: its send, or for injected/copied segments the sender's send/arrival. */
  injected: boolean;
  outcome: SegmentOutcome;
  retransmission: boolean;
  stale: boolean;
  /** Injected with a forged source address (a flood's SYN). */
  spoofed: boolean;
  copyOf: number | null;
  /** Ids of the copies the network made of it. */
  copies: number[];
  flags: FlagName[];
}

/** Where the segment came from and what became of it, from the trace. */
export function segmentStory(events: readonly TraceEvent[], seg: TraceSegment): SegmentStory {
  let sent: SegmentStory['sent'] = null;
  let outcome: SegmentOutcome = { kind: 'in-flight' };
  const copies: number[] = [];
  for (const e of events) {
    if (e.type === 'send' && e.segment.id === seg.id)
      sent = { t: e.t, host: e.host, rule: e.rule, cause: e.cause };
    else if (e.type === 'deliver' && e.segment.id === seg.id)
      outcome = { kind: 'delivered', t: e.t, host: e.host, rule: e.rule, discarded: e.discarded };
    else if (e.type === 'drop' && e.segment.id === seg.id)
      outcome = { kind: 'dropped', t: e.t, reason: e.reason };
    if (
      (e.type === 'deliver' || e.type === 'drop') &&
      e.segment.copyOf === seg.id &&
      !copies.includes(e.segment.id)
    )
      copies.push(e.segment.id);
  }
  return {
    sent,
    injected: sent === null && seg.stale === true,
    spoofed: sent === null && seg.spoofed === true,
    outcome,
    retransmission: seg.retransmission === true,
    stale: seg.stale === true,
    copyOf: seg.copyOf ?? null,
    copies,
    flags: seg.flags,
  };
}
