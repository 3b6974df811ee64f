import { describe, expect, it } from 'vitest';
import { sayCapturePhrase } from './capture-phrases.ts';
import { CaptureError } from './capture-error.ts';
import { LINKTYPE } from './link-layer.ts';
import { parseCapture, type CapturedPacket } from './parse-capture.ts';
import * as b from './testing/capture-builder.ts';

const C = '10.0.0.1';
const S = '10.0.0.2';
const syn = b.ipv4(C, S, b.tcp({ srcPort: 40000, dstPort: 80, seq: 100, flags: ['SYN'], window: 64240, options: b.linuxSynOptions(1460, 7, 555, 0) }));
const synAck = b.ipv4(S, C, b.tcp({ srcPort: 80, dstPort: 40000, seq: 300, ack: 101, flags: ['SYN', 'ACK', 'ECE'], options: b.linuxSynOptions(1400, 9, 777, 555) }));
const data = b.ipv4(C, S, b.tcp({ srcPort: 40000, dstPort: 80, seq: 101, ack: 301, flags: ['ACK', 'PSH', 'CWR'], payload: 5 }));

function tcpOf(p: CapturedPacket | undefined) {
  expect(p?.tcp).not.toBeNull();
  return p!.tcp!;
}

function expectHandshakePackets(packets: CapturedPacket[]) {
  expect(packets).toHaveLength(3);
  const [first, second, third] = packets.map(tcpOf);
  expect(packets[0]!.ip).toMatchObject({ version: 4, src: C, dst: S, ttl: 64 });
  expect(first).toMatchObject({ srcPort: 40000, dstPort: 80, seq: 100, ack: 0, flags: ['SYN'], window: 64240, payloadLength: 0 });
  expect(first!.options).toMatchObject({ mss: 1460, sackPermitted: true, timestamp: { value: 555, echo: 0 }, windowScale: 7 });
  expect(second).toMatchObject({ seq: 300, ack: 101, flags: ['ECE', 'ACK', 'SYN'] });
  expect(second!.options).toMatchObject({ mss: 1400, windowScale: 9, timestamp: { value: 777, echo: 555 } });
  expect(third).toMatchObject({ flags: ['CWR', 'ACK', 'PSH'], payloadLength: 5 });
}

describe('classic pcap', () => {
  it('reads little-endian microsecond files with Ethernet and 802.1Q tags', () => {
    const file = b.pcap({
      littleEndian: true,
      linkType: LINKTYPE.ETHERNET,
      records: [
        { sec: 1000, frac: 250, data: b.ethernet(syn, [100]) },
        { sec: 1000, frac: 100_250, data: b.ethernet(synAck, [100, 7]) },
        { sec: 1001, frac: 0, data: b.ethernet(data) },
      ],
    });
    const parsed = parseCapture(file);
    expect(parsed).toMatchObject({ format: 'pcap', linkType: LINKTYPE.ETHERNET, warnings: [] });
    expectHandshakePackets(parsed.packets);
    expect(parsed.packets.map((p) => p.vlan)).toEqual([[100], [100, 7], []]);
    expect(parsed.packets[1]).toMatchObject({ frame: 2, tsSec: 1000, tsNsec: 100_250_000 });
  });

  it('reads big-endian nanosecond files with raw IP', () => {
    const file = b.pcap({
      littleEndian: false,
      nanos: true,
      linkType: LINKTYPE.RAW,
      records: [syn, synAck, data].map((d, i) => ({ sec: 5, frac: 123_456_789 + i, data: d })),
    });
    const parsed = parseCapture(file);
    expectHandshakePackets(parsed.packets);
    expect(parsed.packets[2]).toMatchObject({ tsSec: 5, tsNsec: 123_456_791 });
  });

  it.each([
    ['Linux cooked (SLL)', LINKTYPE.LINUX_SLL, b.sll],
    ['Linux cooked v2 (SLL2)', LINKTYPE.LINUX_SLL2, b.sll2],
    ['LINKTYPE_IPV4', LINKTYPE.IPV4, (ip: Uint8Array) => ip],
    ['BSD loopback, little-endian host', LINKTYPE.NULL, (ip: Uint8Array) => b.loopback(ip, 2, true)],
    ['BSD loopback, big-endian host', LINKTYPE.NULL, (ip: Uint8Array) => b.loopback(ip, 2, false)],
    ['OpenBSD loopback', LINKTYPE.LOOP, (ip: Uint8Array) => b.loopback(ip, 2, false)],
  ])('reads link type %s', (_name, linkType, wrap) => {
    const file = b.pcap({ littleEndian: true, linkType, records: [syn, synAck, data].map((d) => ({ sec: 1, frac: 0, data: wrap(d) })) });
    expectHandshakePackets(parseCapture(file).packets);
  });

  it('decodes IPv6 through a hop-by-hop header, on Ethernet and on loopback (family 24/30)', () => {
    const a = new Uint8Array(16);
    a[0] = 0x20;
    a[1] = 0x01;
    a[2] = 0x0d;
    a[3] = 0xb8;
    a[15] = 1;
    const z = a.slice();
    z[15] = 2;
    const v6 = b.ipv6(a, z, b.tcp({ srcPort: 5000, dstPort: 443, seq: 9, flags: ['SYN'], payload: 0 }), true);
    for (const [linkType, frame] of [
      [LINKTYPE.ETHERNET, b.ethernet(v6)],
      [LINKTYPE.NULL, b.loopback(v6, 30, true)],
      [LINKTYPE.LOOP, b.loopback(v6, 24, false)],
      [LINKTYPE.RAW, v6],
    ] as const) {
      const [p] = parseCapture(b.pcap({ littleEndian: true, linkType, records: [{ sec: 0, frac: 0, data: frame }] })).packets;
      expect(p?.ip).toMatchObject({ version: 6, src: '2001:db8::1', dst: '2001:db8::2' });
      expect(p?.tcp).toMatchObject({ srcPort: 5000, dstPort: 443, seq: 9, flags: ['SYN'] });
    }
  });

  it('takes the payload length from the IP header when the snapshot length cut the packet', () => {
    const full = b.ipv4(C, S, b.tcp({ srcPort: 1, dstPort: 2, seq: 1, ack: 1, flags: ['ACK'], payload: 1000 }));
    const cut = full.subarray(0, 60);
    const [p] = parseCapture(b.pcap({ littleEndian: true, linkType: LINKTYPE.RAW, records: [{ sec: 0, frac: 0, data: cut, originalLength: full.length }] })).packets;
    expect(p).toMatchObject({ capturedLength: 60, originalLength: 1040 });
    expect(p?.tcp?.payloadLength).toBe(1000);
  });

  it('keeps non-TCP packets, undecoded, and says why in a warning', () => {
    const arp = b.concat(new Uint8Array(12), b.u16(0x0806), new Uint8Array(28));
    const udp = b.ipv4(C, S, new Uint8Array(8), 17);
    const parsed = parseCapture(b.pcap({ littleEndian: true, linkType: LINKTYPE.ETHERNET, records: [arp, b.ethernet(udp)].map((d) => ({ sec: 0, frac: 0, data: d })) }));
    expect(parsed.packets.map((p) => [p.ip?.src ?? null, p.tcp])).toEqual([
      [null, null],
      [C, null],
    ]);
    expect(parsed.warnings.map((w) => sayCapturePhrase(w))).toEqual([
      '1 packet(s): not IP (ethertype 0x0806)',
    ]);
  });
});

describe('pcapng', () => {
  for (const le of [true, false]) {
    it(`reads SHB, IDB (if_tsresol), EPB and SPB, skipping other blocks (${le ? 'little' : 'big'}-endian)`, () => {
      const file = b.concat(
        b.shb(le),
        b.idb(le, LINKTYPE.ETHERNET, 9), // nanoseconds
        b.unknownBlock(le, 0x00000bad, b.u8(1, 2, 3)),
        b.idb(le, LINKTYPE.RAW, 0x80 | 10), // 2^-10 s
        b.epb(le, 0, 1_700_000_000_123_456_789n, b.ethernet(syn)),
        b.epb(le, 1, (1_700_000_001n << 10n) | 512n, synAck),
        b.unknownBlock(le, 5, b.u8(0, 0, 0, 0)), // interface statistics
      );
      const parsed = parseCapture(file);
      expect(parsed).toMatchObject({ format: 'pcapng', linkType: LINKTYPE.ETHERNET });
      expect(parsed.warnings.map((w) => sayCapturePhrase(w))).toEqual([
        '2 pcapng block(s) of other types skipped',
      ]);
      expect(parsed.packets.map((p) => [p.linkType, p.tsSec, p.tsNsec])).toEqual([
        [LINKTYPE.ETHERNET, 1_700_000_000, 123_456_789],
        [LINKTYPE.RAW, 1_700_000_001, 500_000_000],
      ]);
      expect(tcpOf(parsed.packets[1]).seq).toBe(300);
    });
  }

  it('uses microseconds when if_tsresol is absent, and reads simple packet blocks on interface 0', () => {
    const file = b.concat(b.shb(true), b.idb(true, LINKTYPE.RAW), b.epb(true, 0, 2_500_000n, syn), b.spb(true, data));
    const parsed = parseCapture(file);
    expect(parsed.packets.map((p) => [p.tsSec, p.tsNsec])).toEqual([
      [2, 500_000_000],
      [0, 0],
    ]);
    expect(tcpOf(parsed.packets[1]).payloadLength).toBe(5);
  });

  it('starts over with a second section in the other byte order', () => {
    const file = b.concat(b.shb(true), b.idb(true, LINKTYPE.RAW), b.epb(true, 0, 1n, syn), b.shb(false), b.idb(false, LINKTYPE.ETHERNET), b.epb(false, 0, 2n, b.ethernet(synAck)));
    expect(parseCapture(file).packets.map((p) => tcpOf(p).seq)).toEqual([100, 300]);
  });
});

describe('errors name what is wrong', () => {
  const valid = b.pcap({ littleEndian: true, linkType: LINKTYPE.RAW, records: [syn, synAck].map((d) => ({ sec: 0, frac: 0, data: d })) });

  it.each([
    ['an empty file', new Uint8Array(0), 'the file is empty'],
    ['text', new TextEncoder().encode('GET / HTTP/1.1\r\n'), 'not a pcap or pcapng file (magic 0x47455420)'],
    ['a cut record', valid.subarray(0, valid.length - 3), 'truncated packet record at byte 100'],
    ['a cut record header', valid.subarray(0, 24 + 16 + 60 + 8), 'truncated packet record at byte 100'],
    ['a cut file header', valid.subarray(0, 10), 'truncated pcap file header at byte 0'],
    [
      'an 802.11 capture',
      b.pcap({ littleEndian: true, linkType: 105, records: [{ sec: 0, frac: 0, data: syn }] }),
      'link type 105 (IEEE 802.11) is not supported',
    ],
    ['a pcapng block with a bad length', b.concat(b.shb(true), b.u32(1, true), b.u32(13, true), new Uint8Array(8)), 'pcapng block at byte 28 has an invalid length 13'],
    ['a pcapng packet on an undescribed interface', b.concat(b.shb(true), b.epb(true, 0, 0n, syn)), 'names interface 0, but only 0 interface(s) were described'],
    ['pcapng with a bad byte-order magic', b.concat(b.u32(0x0a0d0d0a, true), b.u32(28, true), b.u32(0x12345678, true), new Uint8Array(16)), 'bad byte-order magic 0x12345678'],
  ])('%s', (_name, bytes, message) => {
    expect(() => parseCapture(bytes)).toThrow(CaptureError);
    expect(() => parseCapture(bytes)).toThrow(message);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(() => parseCapture(valid, { maxBytes: 50 })).toThrow(`file larger than the 50 bytes limit (${valid.length} bytes)`);
    expect(() => parseCapture(new Uint8Array(50 * 1024 * 1024 + 1))).toThrow('file larger than the 50 MB limit');
  });

  it('stops at the packet limit', () => {
    expect(() => parseCapture(valid, { maxPackets: 1 })).toThrow('more than 1 packets (the limit)');
    expect(parseCapture(valid, { maxPackets: 2 }).packets).toHaveLength(2);
  });

  it('says where a record claims an impossible length', () => {
    const bad = valid.slice();
    new DataView(bad.buffer).setUint32(24 + 8, 0x7fffffff, true);
    expect(() => parseCapture(bad)).toThrow('packet record at byte 24 claims 2147483647 bytes');
  });
});
