// The pcap writer: its bytes against the pcap-savefile(5) layout, round trips through the
// project's own capture reader (src/import), and properties over random scenarios.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type Scenario, type Trace } from '../core/index.ts';
import type { Action, Fault, FlagName, Injection } from '../core/index.ts';
import { parseCapture } from '../import/index.ts';
import {
  LINKTYPE_RAW,
  MAX_DATA_PER_PACKET,
  PCAP_EPOCH_SECONDS,
  PcapExportError,
  traceToPcap,
  wirePackets,
  type WirePacket,
} from './index.ts';
import { internetChecksum, onesComplementSum, CLIENT_IPV4, SERVER_IPV4 } from './tcp-header.ts';

const HANDSHAKE: Scenario = {
  version: 1,
  client: { isn: 100 },
  server: { isn: 300 },
  actions: [
    { at: 0, host: 'server', call: 'listen' },
    { at: 0, host: 'client', call: 'connect' },
    { at: 200, host: 'client', call: 'send', bytes: 10 },
  ],
};

const u32le = (b: Uint8Array, at: number) =>
  new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const u16be = (b: Uint8Array, at: number) =>
  new DataView(b.buffer, b.byteOffset).getUint16(at, false);

/** Every packet the writer promises, read back by src/import, compared field by field. */
function expectRoundTrip(trace: Trace): void {
  const expected = wirePackets(trace);
  const parsed = parseCapture(traceToPcap(trace));
  expect(parsed.format).toBe('pcap');
  expect(parsed.linkType).toBe(LINKTYPE_RAW);
  expect(parsed.warnings).toEqual([]);
  expect(parsed.packets).toHaveLength(expected.length);
  parsed.packets.forEach((p, i) => {
    const w: WirePacket = expected[i]!;
    const s = w.segment;
    expect(p.ip).toMatchObject({
      version: 4,
      src: s.from === 'client' ? CLIENT_IPV4 : SERVER_IPV4,
      id: s.id & 0xffff,
      ttl: 64,
    });
    expect(p.tcp).not.toBeNull();
    const tcp = p.tcp!;
    expect([...tcp.flags].sort()).toEqual([...s.flags].sort());
    expect({ src: tcp.srcPort, dst: tcp.dstPort, seq: tcp.seq, len: tcp.payloadLength }).toEqual({
      src: s.srcPort,
      dst: s.dstPort,
      seq: s.seq >>> 0,
      len: s.len,
    });
    expect(tcp.ack).toBe(s.ack === null ? 0 : s.ack >>> 0);
    expect((p.tsSec - PCAP_EPOCH_SECONDS) * 1000 + p.tsNsec / 1e6).toBeCloseTo(w.t, 3);
  });
}

/** Walks the records of a LINKTYPE_RAW pcap and checks both checksums of every datagram. */
function everyChecksumVerifies(file: Uint8Array): boolean {
  for (let at = 24; at < file.length;) {
    const incl = u32le(file, at + 8);
    const d = file.subarray(at + 16, at + 16 + incl);
    if (internetChecksum(d.subarray(0, 20)) !== 0) return false; // IPv4 header sums to 0xffff
    const tcpLength = u16be(d, 2) - 20;
    const pseudo = new Uint8Array(12);
    pseudo.set(d.subarray(12, 20), 0); // source and destination addresses
    pseudo[9] = 6;
    pseudo[10] = tcpLength >> 8;
    pseudo[11] = tcpLength & 0xff;
    if (internetChecksum(d.subarray(20), onesComplementSum(pseudo)) !== 0) return false;
    at += 16 + incl;
  }
  return true;
}

describe('traceToPcap: bytes', () => {
  const trace = simulate(HANDSHAKE);
  const file = traceToPcap(trace);

  it('starts with a little-endian classic pcap header: v2.4, µs, snaplen 65535, LINKTYPE_RAW', () => {
    // prettier-ignore
    expect([...file.subarray(0, 24)]).toEqual([
      0xd4, 0xc3, 0xb2, 0xa1, // magic 0xa1b2c3d4, little-endian
      2, 0, 4, 0, // version 2.4
      0, 0, 0, 0, // thiszone
      0, 0, 0, 0, // sigfigs
      0xff, 0xff, 0, 0, // snaplen 65535
      101, 0, 0, 0, // LINKTYPE_RAW
    ]);
  });

  it('writes the SYN as the first record: timestamp on the 2000-01-01 epoch, then a 40-octet IPv4/TCP datagram', () => {
    const record = file.subarray(24, 24 + 16 + 40);
    expect(u32le(record, 0)).toBe(946_684_800);
    expect(u32le(record, 4)).toBe(0);
    expect(u32le(record, 8)).toBe(40);
    expect(u32le(record, 12)).toBe(40);
    const ip = record.subarray(16, 36);
    // 45 00 0028 | id 0001 | DF 4000 | TTL 40, proto 06, checksum | 192.0.2.1 | 198.51.100.1
    expect([...ip.subarray(0, 10)]).toEqual([0x45, 0, 0, 40, 0, 1, 0x40, 0, 64, 6]);
    expect([...ip.subarray(12, 20)]).toEqual([192, 0, 2, 1, 198, 51, 100, 1]);
    expect(internetChecksum(ip)).toBe(0);
    const tcp = record.subarray(36, 56);
    // ports 40000 → 80, seq 100, ack 0, data offset 5, flags SYN, window 65535, urgent 0
    expect([...tcp.subarray(0, 16)]).toEqual([
      0x9c, 0x40, 0, 80, 0, 0, 0, 100, 0, 0, 0, 0, 0x50, 0x02, 0xff, 0xff,
    ]);
    expect([...tcp.subarray(18, 20)]).toEqual([0, 0]);
  });

  it('stamps each record with its send time in µs (the SYN,ACK leaves the server at 50 ms)', () => {
    const parsed = parseCapture(file);
    const times = parsed.packets.map((p) => (p.tsSec - PCAP_EPOCH_SECONDS) * 1000 + p.tsNsec / 1e6);
    const sends = trace.events.filter((e) => e.type === 'send').map((e) => e.t);
    expect(times).toEqual(sends);
    expect(times.slice(0, 3)).toEqual([0, 50, 100]);
  });

  it('carries the data octets: the 10-octet send is a 50-octet datagram', () => {
    const lengths = parseCapture(file).packets.map((p) => p.originalLength);
    expect(lengths).toContain(50);
    expect(everyChecksumVerifies(file)).toBe(true);
  });

  it('is byte-identical for the same scenario, and differs when the scenario does', () => {
    expect(traceToPcap(simulate(HANDSHAKE))).toEqual(
      traceToPcap(simulate(structuredClone(HANDSHAKE))),
    );
    expect(traceToPcap(simulate({ ...HANDSHAKE, client: { isn: 101 } }))).not.toEqual(file);
  });

  it('a run with no segment is a header alone', () => {
    const empty = traceToPcap(
      simulate({ version: 1, actions: [{ at: 0, host: 'server', call: 'listen' }] }),
    );
    expect(empty).toHaveLength(24);
    expect(parseCapture(empty).packets).toEqual([]);
  });

  it('rounds sub-microsecond times and carries seconds over', () => {
    const t = simulate({ ...HANDSHAKE, latencyMs: 1234.5678 });
    const packets = parseCapture(traceToPcap(t)).packets;
    const synAck = packets.find(
      (p) => p.tcp?.flags.includes('SYN') && p.tcp.flags.includes('ACK'),
    )!;
    expect([synAck.tsSec - PCAP_EPOCH_SECONDS, synAck.tsNsec]).toEqual([1, 234_568_000]);
  });
});

describe('wirePackets: which segments are in the capture', () => {
  it('a lost segment is in (it was sent); fig 8: the stale SYN is in at its arrival time', () => {
    const trace = simulate({
      version: 1,
      client: { isn: 100 },
      server: { isn: [300, 400] },
      actions: [
        { at: 0, host: 'server', call: 'listen' },
        { at: 0, host: 'client', call: 'connect' },
      ],
      faults: [{ match: { from: 'server', flags: ['SYN', 'ACK'], nth: 2 }, action: 'drop' }],
      inject: [{ at: 10, to: 'server', flags: ['SYN'], seq: 90 }],
    });
    const packets = wirePackets(trace);
    expect(
      packets
        .map(
          (p) => `${p.t} ${p.kind} ${p.segment.from} ${p.segment.flags.join(',')} ${p.segment.seq}`,
        )
        .slice(0, 4),
    ).toEqual([
      '0 sent client SYN 100',
      '10 injected client SYN 90',
      '10 sent server SYN,ACK 300',
      '60 sent client RST 91',
    ]);
    const dropped = trace.events.filter((e) => e.type === 'drop').map((e) => e.segment.id);
    expect(dropped).toHaveLength(1);
    expect(packets.some((p) => p.segment.id === dropped[0])).toBe(true);
    expectRoundTrip(trace);
  });

  it('a duplicate copy follows its original, at the same time and with the same bytes (IPv4 id included)', () => {
    const trace = simulate({
      ...HANDSHAKE,
      faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'duplicate', ms: 30 }],
    });
    const packets = wirePackets(trace);
    expect(packets.map((p) => p.kind).slice(0, 2)).toEqual(['sent', 'copy']);
    expect(packets[1]!.t).toBe(packets[0]!.t);
    const file = traceToPcap(trace);
    const first = file.subarray(24 + 16, 24 + 16 + 40);
    const second = file.subarray(24 + 16 + 40 + 16, 24 + 16 + 40 + 16 + 40);
    expect(second).toEqual(first);
  });

  it('an injected segment carries its named stale data, zero-padded to its length', () => {
    const trace = simulate({
      ...HANDSHAKE,
      inject: [
        {
          at: 150,
          to: 'server',
          flags: ['ACK'],
          seq: 101,
          ack: 301,
          bytes: 12,
          payload: 'DEBIT 100',
        },
      ],
    });
    const file = traceToPcap(trace);
    const index = wirePackets(trace).findIndex((p) => p.kind === 'injected');
    const packet = parseCapture(file).packets[index]!;
    const data = file.subarray(packet.offset + 16 + 40, packet.offset + 16 + 40 + 12);
    expect(new TextDecoder().decode(data)).toBe('DEBIT 100\0\0\0');
    expect(everyChecksumVerifies(file)).toBe(true);
  });

  it('refuses, naming the segment, an injected segment too long for one IPv4 packet', () => {
    const trace = simulate({
      ...HANDSHAKE,
      inject: [
        { at: 10, to: 'server', flags: ['ACK'], seq: 5, ack: 5, bytes: MAX_DATA_PER_PACKET + 1 },
      ],
    });
    expect(() => traceToPcap(trace)).toThrow(PcapExportError);
    expect(() => traceToPcap(trace)).toThrow(
      /segment #\d+ carries 65496 data octets; an IPv4 packet holds at most 65495/,
    );
    const fits = simulate({
      ...HANDSHAKE,
      inject: [
        { at: 10, to: 'server', flags: ['ACK'], seq: 5, ack: 5, bytes: MAX_DATA_PER_PACKET },
      ],
    });
    expect(parseCapture(traceToPcap(fits)).packets.some((p) => p.originalLength === 65_535)).toBe(
      true,
    );
  });
});

describe('traceToPcap: properties over random scenarios', () => {
  const host = fc.constantFrom('client' as const, 'server' as const);
  const FLAG_SETS: FlagName[][] = [
    ['SYN'],
    ['SYN', 'ACK'],
    ['ACK'],
    ['FIN', 'ACK'],
    ['RST'],
    ['RST', 'ACK'],
  ];
  const fault: fc.Arbitrary<Fault> = fc
    .record({
      from: host,
      flags: fc.constantFrom(...FLAG_SETS),
      nth: fc.integer({ min: 1, max: 3 }),
      action: fc.constantFrom('drop' as const, 'delay' as const, 'duplicate' as const),
      ms: fc.integer({ min: 0, max: 1500 }),
    })
    .map(({ from, flags, nth, action, ms }): Fault =>
      action === 'drop'
        ? { match: { from, flags, nth }, action }
        : { match: { from, flags, nth }, action, ms },
    );
  const injection: fc.Arbitrary<Injection> = fc
    .record({
      at: fc.integer({ min: 0, max: 3000 }),
      to: host,
      flags: fc.constantFrom(...FLAG_SETS),
      seq: fc.nat({ max: 0xffffffff }),
      ack: fc.nat({ max: 0xffffffff }),
      payload: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
    })
    .map(({ ack, payload, ...rest }): Injection => ({
      ...rest,
      ...(rest.flags.includes('ACK') ? { ack } : {}),
      ...(payload === undefined ? {} : { payload }),
    }));
  const action: fc.Arbitrary<Action> = fc
    .record({
      at: fc.integer({ min: 0, max: 3000 }),
      host,
      call: fc.constantFrom(
        'connect' as const,
        'send' as const,
        'close' as const,
        'abort' as const,
        'crash' as const,
        'restart' as const,
      ),
      bytes: fc.integer({ min: 1, max: 3000 }),
    })
    .map(({ bytes, ...rest }): Action => (rest.call === 'send' ? { ...rest, bytes } : rest));
  const scenario: fc.Arbitrary<Scenario> = fc
    .record({
      protocol: fc.constantFrom('three-way' as const, 'two-way' as const),
      profile: fc.constantFrom('rfc9293' as const, 'rfc793' as const, 'linux' as const),
      seed: fc.nat(),
      latencyMs: fc.oneof(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0.001, max: 300, noNaN: true }),
      ),
      jitterMs: fc.integer({ min: 0, max: 30 }),
      lossRate: fc.constantFrom(0, 0.1),
      mslMs: fc.integer({ min: 100, max: 2000 }),
      faults: fc.array(fault, { maxLength: 3 }),
      inject: fc.array(injection, { maxLength: 3 }),
      actions: fc.array(action, { maxLength: 5 }),
    })
    .map(({ actions, ...rest }): Scenario => ({
      version: 1,
      ...rest,
      actions: [
        { at: 0, host: 'server', call: 'listen' },
        { at: 0, host: 'client', call: 'connect' },
        ...actions,
      ],
    }));

  it('round trip through src/import gives back every packet in order, and every checksum verifies', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const trace = simulate(s, { maxEvents: 20_000 });
        expectRoundTrip(trace);
        const file = traceToPcap(trace);
        expect(everyChecksumVerifies(file)).toBe(true);
        expect(traceToPcap(simulate(s, { maxEvents: 20_000 }))).toEqual(file);
      }),
      { numRuns: 120 },
    );
  });

  it('the capture holds every sent segment once, and nothing before the run or out of time order', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const trace = simulate(s, { maxEvents: 20_000 });
        const packets = wirePackets(trace);
        const sent = trace.events.filter((e) => e.type === 'send').map((e) => e.segment.id);
        expect(
          packets
            .filter((p) => p.kind === 'sent')
            .map((p) => p.segment.id)
            .sort((a, b) => a - b),
        ).toEqual(sent.sort((a, b) => a - b));
        packets.slice(1).forEach((p, i) => expect(p.t).toBeGreaterThanOrEqual(packets[i]!.t));
        expect(packets.every((p) => p.t >= 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
