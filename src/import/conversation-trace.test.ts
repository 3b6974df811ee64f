import { describe, expect, it } from 'vitest';
import { conversationToTrace, type InferredStateEvent } from './conversation-trace.ts';
import { tcpConversations } from './conversations.ts';
import { LINKTYPE } from './link-layer.ts';
import { parseCapture } from './parse-capture.ts';
import * as b from './testing/capture-builder.ts';

const C = '192.0.2.1';
const S = '198.51.100.1';

interface Seg {
  ms: number;
  from: 'C' | 'S';
  flags: string[];
  seq: number;
  ack?: number;
  payload?: number;
}

/** A raw-IP pcap of the given segments between C:40000 and S:80 (plus one unrelated flow). */
function capture(segments: Seg[], extra: Seg[] = []): Uint8Array {
  const packet = (s: Seg, port = 40000) =>
    s.from === 'C'
      ? b.ipv4(C, S, b.tcp({ srcPort: port, dstPort: 80, seq: s.seq, ack: s.ack, flags: s.flags, payload: s.payload }))
      : b.ipv4(S, C, b.tcp({ srcPort: 80, dstPort: port, seq: s.seq, ack: s.ack, flags: s.flags, payload: s.payload }));
  const records = [
    ...segments.map((s) => ({ ms: s.ms, data: packet(s) })),
    ...extra.map((s) => ({ ms: s.ms, data: packet(s, 50000) })),
  ].sort((x, y) => x.ms - y.ms);
  return b.pcap({
    littleEndian: true,
    linkType: LINKTYPE.RAW,
    records: records.map((r) => ({ sec: 1_700_000_000 + Math.floor(r.ms / 1000), frac: (r.ms % 1000) * 1000, data: r.data })),
  });
}

function traceOf(bytes: Uint8Array, index = 0) {
  const parsed = parseCapture(bytes);
  const conversations = tcpConversations(parsed.packets);
  return { conversations, trace: conversationToTrace(parsed.packets, conversations[index]!) };
}

function stateLine(events: readonly { type: string }[]): string[] {
  return (events.filter((e) => e.type === 'state') as InferredStateEvent[]).map((e) => `${e.t} ${e.host} ${e.from}>${e.to}`);
}

const ISS = 4_294_967_000; // wraps during the connection: relative numbers must not care
const IRS = 7000;

describe('tcpConversations', () => {
  it('lists one conversation per 4-tuple, with the SYN sender as client, times and handshake', () => {
    const { conversations } = traceOf(
      capture(
        [
          { ms: 10, from: 'C', flags: ['SYN'], seq: ISS },
          { ms: 110, from: 'S', flags: ['SYN', 'ACK'], seq: IRS, ack: ISS + 1 },
          { ms: 111, from: 'C', flags: ['ACK'], seq: ISS + 1, ack: IRS + 1 },
        ],
        [{ ms: 0, from: 'S', flags: ['ACK'], seq: 5, ack: 6, payload: 10 }],
      ),
    );
    expect(conversations).toHaveLength(2);
    const [other, main] = conversations;
    expect(other).toMatchObject({ client: { address: S, port: 80 }, server: { address: C, port: 50000 }, handshakeSeen: false, dataBytes: 10 });
    expect(main).toMatchObject({
      client: { address: C, port: 40000 },
      server: { address: S, port: 80 },
      ipVersion: 4,
      startMs: 10,
      endMs: 111,
      packetCount: 3,
      handshakeSeen: true,
      frames: [2, 3, 4],
    });
  });
});

describe('conversationToTrace', () => {
  const close: Seg[] = [
    { ms: 0, from: 'C', flags: ['SYN'], seq: ISS },
    { ms: 1000, from: 'C', flags: ['SYN'], seq: ISS },
    { ms: 1100, from: 'S', flags: ['SYN', 'ACK'], seq: IRS, ack: (ISS + 1) % 2 ** 32 },
    { ms: 1100, from: 'C', flags: ['ACK'], seq: (ISS + 1) % 2 ** 32, ack: IRS + 1 },
    { ms: 1200, from: 'C', flags: ['ACK', 'PSH'], seq: (ISS + 1) % 2 ** 32, ack: IRS + 1, payload: 300 },
    { ms: 1600, from: 'C', flags: ['FIN', 'ACK'], seq: (ISS + 301) % 2 ** 32, ack: IRS + 1 },
    { ms: 1700, from: 'S', flags: ['ACK'], seq: IRS + 1, ack: (ISS + 302) % 2 ** 32 },
    { ms: 1710, from: 'S', flags: ['FIN', 'ACK'], seq: IRS + 1, ack: (ISS + 302) % 2 ** 32 },
    { ms: 1710, from: 'C', flags: ['ACK'], seq: (ISS + 302) % 2 ** 32, ack: IRS + 2 },
  ];

  it('gives Wireshark-style relative numbers, times from the first packet, retransmissions and lanes', () => {
    const { trace } = traceOf(capture(close));
    expect(trace.lanes).toEqual({
      client: { address: C, port: 40000, label: '192.0.2.1:40000' },
      server: { address: S, port: 80, label: '198.51.100.1:80' },
    });
    expect(trace.segments.map((s) => [s.t, s.from, s.flags.join(','), s.seqRelative, s.ackRelative, s.len, s.retransmission ?? false])).toEqual([
      [0, 'client', 'SYN', 0, null, 0, false],
      [1000, 'client', 'SYN', 0, null, 0, true],
      [1100, 'server', 'SYN,ACK', 0, 1, 0, false],
      [1100, 'client', 'ACK', 1, 1, 0, false],
      [1200, 'client', 'ACK,PSH', 1, 1, 300, false],
      [1600, 'client', 'ACK,FIN', 301, 1, 0, false],
      [1700, 'server', 'ACK', 1, 302, 0, false],
      [1710, 'server', 'ACK,FIN', 1, 302, 0, false],
      [1710, 'client', 'ACK', 302, 2, 0, false],
    ]);
    expect(trace.segments[0]).toMatchObject({ seq: ISS, ack: null, frame: 1, srcPort: 40000, dstPort: 80 });
    expect(trace.summary.sockets.map((s) => [s.host, s.role, s.finalState, s.establishedAt, s.bytesSent])).toEqual([
      ['client', 'active', 'TIME-WAIT', 1100, 300],
      ['server', 'passive', 'CLOSED', 1100, 0],
    ]);
  });

  it('infers states from the segments, marked as inferred, each after its evidence', () => {
    const { trace } = traceOf(capture(close));
    expect(stateLine(trace.events)).toEqual([
      '0 client CLOSED>SYN-SENT',
      '1100 server LISTEN>SYN-RECEIVED',
      '1100 client SYN-SENT>ESTABLISHED',
      '1100 server SYN-RECEIVED>ESTABLISHED',
      '1600 client ESTABLISHED>FIN-WAIT-1',
      '1600 server ESTABLISHED>CLOSE-WAIT',
      '1700 client FIN-WAIT-1>FIN-WAIT-2',
      '1710 server CLOSE-WAIT>LAST-ACK',
      '1710 client FIN-WAIT-2>TIME-WAIT',
      '1710 server LAST-ACK>CLOSED',
    ]);
    const states = trace.events.filter((e) => e.type === 'state') as InferredStateEvent[];
    expect(states.every((e) => e.inferred && e.rule === 'inferred' && e.because.length > 0)).toBe(true);
    const firstState = trace.events.findIndex((e) => e.type === 'state');
    expect(trace.events[firstState - 1]).toMatchObject({ type: 'send', t: 0, rule: 'captured' });
    expect(trace.initialStates).toEqual({ client: 'CLOSED', server: 'LISTEN' });
  });

  it('does not take a lost final ACK as arrived when the server retransmits its SYN,ACK', () => {
    const { trace } = traceOf(
      capture([
        { ms: 0, from: 'C', flags: ['SYN'], seq: 10 },
        { ms: 100, from: 'S', flags: ['SYN', 'ACK'], seq: 50, ack: 11 },
        { ms: 100, from: 'C', flags: ['ACK'], seq: 11, ack: 51 },
        { ms: 1100, from: 'S', flags: ['SYN', 'ACK'], seq: 50, ack: 11 },
        { ms: 1100, from: 'C', flags: ['ACK'], seq: 11, ack: 51 },
      ]),
    );
    expect(stateLine(trace.events)).toEqual([
      '0 client CLOSED>SYN-SENT',
      '100 server LISTEN>SYN-RECEIVED',
      '100 client SYN-SENT>ESTABLISHED',
      '1100 server SYN-RECEIVED>ESTABLISHED',
    ]);
    expect(trace.segments[3]?.retransmission).toBe(true);
  });

  it('restarts relative numbering at a new ISN and shows a silent crash as CLOSED before the new SYN', () => {
    const { trace } = traceOf(
      capture([
        { ms: 0, from: 'C', flags: ['SYN'], seq: 1000 },
        { ms: 100, from: 'S', flags: ['SYN', 'ACK'], seq: 5000, ack: 1001 },
        { ms: 100, from: 'C', flags: ['ACK'], seq: 1001, ack: 5001 },
        { ms: 2100, from: 'C', flags: ['SYN'], seq: 90000 },
        { ms: 2200, from: 'S', flags: ['ACK'], seq: 5001, ack: 1001 }, // challenge ACK
        { ms: 2200, from: 'C', flags: ['RST'], seq: 1001 },
        { ms: 2210, from: 'C', flags: ['SYN'], seq: 90000 },
        { ms: 2310, from: 'S', flags: ['SYN', 'ACK'], seq: 8000, ack: 90001 },
        { ms: 2310, from: 'C', flags: ['ACK'], seq: 90001, ack: 8001 },
      ]),
    );
    expect(trace.segments.map((s) => [s.flags.join(','), s.seqRelative, s.ackRelative, s.newIsn ?? false])).toEqual([
      ['SYN', 0, null, false],
      ['SYN,ACK', 0, 1, false],
      ['ACK', 1, 1, false],
      ['SYN', 0, null, true],
      ['ACK', 1, (1001 - 90000 + 2 ** 32) % 2 ** 32, false],
      ['RST', (1001 - 90000 + 2 ** 32) % 2 ** 32, null, false],
      ['SYN', 0, null, false], // the same SYN again: a retransmission, not a new ISN
      ['SYN,ACK', 0, 1, true],
      ['ACK', 1, 1, false],
    ]);
    expect(stateLine(trace.events)).toEqual([
      '0 client CLOSED>SYN-SENT',
      '100 server LISTEN>SYN-RECEIVED',
      '100 client SYN-SENT>ESTABLISHED',
      '100 server SYN-RECEIVED>ESTABLISHED',
      '2100 client ESTABLISHED>CLOSED',
      '2100 client CLOSED>SYN-SENT',
      '2200 server ESTABLISHED>CLOSED',
      '2310 server CLOSED>SYN-RECEIVED',
      '2310 client SYN-SENT>ESTABLISHED',
      '2310 server SYN-RECEIVED>ESTABLISHED',
    ]);
  });

  it('reads a closed port: the server never listened', () => {
    const { trace } = traceOf(
      capture([
        { ms: 0, from: 'C', flags: ['SYN'], seq: 10 },
        { ms: 100, from: 'S', flags: ['RST', 'ACK'], seq: 0, ack: 11 },
      ]),
    );
    expect(trace.initialStates.server).toBe('CLOSED');
    expect(trace.segments.map((s) => [s.seqRelative, s.ackRelative])).toEqual([
      [0, null],
      [1, 1],
    ]);
    expect(stateLine(trace.events)).toEqual(['0 client CLOSED>SYN-SENT', '100 client SYN-SENT>CLOSED']);
  });
});
