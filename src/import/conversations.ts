// TCP conversations of a capture, one per 4-tuple (as Wireshark's tcp.stream, without its
// port-reuse split: a reconnect from the same port stays in the same conversation, which
// is the lesson in the half-open and old-duplicate cases).

import type { CapturedPacket } from './parse-capture.ts';
import { millisBetween } from './parse-capture.ts';

export interface Endpoint {
  address: string;
  port: number;
}

export interface TcpConversation {
  /** Position in the list, from 0. */
  id: number;
  /** The side that sent the first SYN without ACK, or else the first packet. */
  client: Endpoint;
  server: Endpoint;
  ipVersion: 4 | 6;
  /** Milliseconds from the capture's first packet to this conversation's first and last. */
  startMs: number;
  endMs: number;
  packetCount: number;
  /** Data octets, both directions. */
  dataBytes: number;
  /** Each side sent a SYN and acknowledged the other's (three-way or simultaneous open). */
  handshakeSeen: boolean;
  /** Frame numbers of the conversation's packets, in capture order. */
  frames: number[];
}

export function endpointLabel(e: Endpoint): string {
  return e.address.includes(':') ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}`;
}

type TcpPacket = CapturedPacket & { ip: NonNullable<CapturedPacket['ip']>; tcp: NonNullable<CapturedPacket['tcp']> };

export function isTcpPacket(p: CapturedPacket): p is TcpPacket {
  return p.ip !== null && p.tcp !== null;
}

export function sourceOf(p: TcpPacket): Endpoint {
  return { address: p.ip.src, port: p.tcp.srcPort };
}

export function sameEndpoint(a: Endpoint, b: Endpoint): boolean {
  return a.address === b.address && a.port === b.port;
}

function conversationKey(p: TcpPacket): string {
  const a = `${p.ip.src}|${p.tcp.srcPort}`;
  const b = `${p.ip.dst}|${p.tcp.dstPort}`;
  return a < b ? `${a}>${b}` : `${b}>${a}`;
}

export function tcpConversations(packets: readonly CapturedPacket[]): TcpConversation[] {
  const first = packets[0];
  const groups = new Map<string, TcpPacket[]>();
  for (const p of packets) {
    if (!isTcpPacket(p)) continue;
    const key = conversationKey(p);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].map((list, id) => describe(id, list, first ?? list[0]!));
}

/** The packets of one conversation, in capture order. */
export function conversationPackets(packets: readonly CapturedPacket[], c: TcpConversation): TcpPacket[] {
  const frames = new Set(c.frames);
  return packets.filter((p): p is TcpPacket => frames.has(p.frame) && isTcpPacket(p));
}

function describe(id: number, list: TcpPacket[], captureStart: CapturedPacket): TcpConversation {
  const head = list[0]!;
  const opener = list.find((p) => p.tcp.flags.includes('SYN') && !p.tcp.flags.includes('ACK')) ?? head;
  const client = sourceOf(opener);
  const server = sameEndpoint(sourceOf(head), client)
    ? { address: head.ip.dst, port: head.tcp.dstPort }
    : sourceOf(head);
  return {
    id,
    client,
    server,
    ipVersion: head.ip.version,
    startMs: millisBetween(captureStart, head),
    endMs: millisBetween(captureStart, list[list.length - 1]!),
    packetCount: list.length,
    dataBytes: list.reduce((sum, p) => sum + p.tcp.payloadLength, 0),
    handshakeSeen: handshakeSeen(list, client),
    frames: list.map((p) => p.frame),
  };
}

function handshakeSeen(list: TcpPacket[], client: Endpoint): boolean {
  const isn: { client?: number; server?: number } = {};
  const acked = { client: false, server: false };
  for (const p of list) {
    const side = sameEndpoint(sourceOf(p), client) ? 'client' : 'server';
    const other = side === 'client' ? 'server' : 'client';
    if (p.tcp.flags.includes('SYN')) isn[side] = p.tcp.seq;
    const otherIsn = isn[other];
    if (p.tcp.flags.includes('ACK') && otherIsn !== undefined && p.tcp.ack === ((otherIsn + 1) >>> 0)) acked[side] = true;
  }
  return acked.client && acked.server;
}
