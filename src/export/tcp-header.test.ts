import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TraceSegment } from '../core/trace.ts';
import {
  CLIENT_IPV4,
  SERVER_IPV4,
  buildIpv4Header,
  buildSegmentBytes,
  buildTcpHeader,
  controlBitsOctet,
  hexGroups,
  internetChecksum,
  onesComplementSum,
  parseIpv4,
  segmentPayload,
  verifyTcpChecksum,
} from './tcp-header.ts';

const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g)!.map((h) => parseInt(h, 16)));
const toHex = (b: Uint8Array): string =>
  Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

const syn: TraceSegment = {
  id: 1,
  from: 'client',
  srcPort: 40000,
  dstPort: 80,
  seq: 100,
  ack: null,
  flags: ['SYN'],
  len: 0,
  wnd: 65535,
};

describe('internetChecksum (RFC 1071)', () => {
  it('reproduces the RFC 1071 §3 numerical example: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2', () => {
    const bytes = hex('0001f203f4f5f6f7');
    expect(onesComplementSum(bytes).toString(16)).toBe('ddf2');
    expect(internetChecksum(bytes)).toBe(~0xddf2 & 0xffff);
    expect(internetChecksum(bytes).toString(16)).toBe('220d');
  });

  it('pads an odd trailing octet with zero on its right', () => {
    expect(onesComplementSum(hex('0001f2'))).toBe(0x0001 + 0xf200);
  });

  it('gives 0 when recomputed over data that includes its own checksum', () => {
    fc.assert(
      fc.property(
        fc
          .uint8Array({ minLength: 0, maxLength: 64 })
          .map((a) => (a.length % 2 ? Uint8Array.from([...a, 0]) : a)),
        (data) => {
          const c = internetChecksum(data);
          const withSum = new Uint8Array(data.length + 2);
          withSum.set(data);
          withSum[data.length] = c >> 8;
          withSum[data.length + 1] = c & 0xff;
          return internetChecksum(withSum) === 0;
        },
      ),
    );
  });
});

describe('TCP header bytes', () => {
  // Expected bytes computed independently (Python struct + a separate RFC 1071 sum).
  it('matches known bytes for a SYN 40000 → 80, seq 100, window 65535', () => {
    const tcp = buildTcpHeader(syn);
    expect(toHex(tcp)).toBe('9c40005000000064000000005002ffff26b80000');
    expect(hexGroups(tcp)).toEqual(['9c400050', '00000064', '00000000', '5002ffff', '26b80000']);
  });

  it('matches a known IPv4 header for that SYN (documentation addresses, checksum filled in)', () => {
    const ip = buildIpv4Header(syn, 20);
    expect(toHex(ip)).toBe('450000280001400040064e99c0000201c6336401');
    expect(internetChecksum(ip)).toBe(0);
  });

  it('puts each control bit in its RFC 9293 §3.1 position', () => {
    expect(controlBitsOctet(['FIN'])).toBe(0x01);
    expect(controlBitsOctet(['SYN'])).toBe(0x02);
    expect(controlBitsOctet(['RST'])).toBe(0x04);
    expect(controlBitsOctet(['PSH'])).toBe(0x08);
    expect(controlBitsOctet(['ACK'])).toBe(0x10);
    expect(controlBitsOctet(['URG'])).toBe(0x20);
    expect(controlBitsOctet(['SYN', 'ACK'])).toBe(0x12);
  });

  it('writes ack 0 when the ACK bit is off, the ack otherwise, and seq/ack as unsigned 32-bit', () => {
    const synAck: TraceSegment = {
      ...syn,
      from: 'server',
      srcPort: 80,
      dstPort: 40000,
      seq: 0xfffffff0,
      ack: 0x80000001,
      flags: ['SYN', 'ACK'],
    };
    const h = buildTcpHeader(synAck);
    expect(toHex(h.subarray(4, 12))).toBe('fffffff080000001');
    expect(h[13]).toBe(0x12);
    const rst: TraceSegment = { ...syn, ack: null, flags: ['RST'], wnd: 0 };
    expect(toHex(buildTcpHeader(rst).subarray(8, 12))).toBe('00000000');
  });

  it('checksums stale payload text, padded to len, with the pseudo-header', () => {
    const stale: TraceSegment = {
      id: 4,
      from: 'client',
      srcPort: 40000,
      dstPort: 80,
      seq: 91,
      ack: 201,
      flags: ['ACK'],
      len: 12,
      wnd: 65535,
      stale: true,
      payload: 'DEBIT 100',
    };
    const p = segmentPayload(stale);
    expect(p.length).toBe(12);
    expect(new TextDecoder().decode(p.subarray(0, 9))).toBe('DEBIT 100');
    expect(Array.from(p.subarray(9))).toEqual([0, 0, 0]);
    expect(segmentPayload({ ...stale, len: 5 })).toEqual(new TextEncoder().encode('DEBIT'));
    // Known value for len 9 (the text exactly), computed independently.
    expect(buildSegmentBytes({ ...stale, len: 9 }).checksum).toBe(0xea01);
  });

  it('verifies: recomputing over pseudo-header + header (with its checksum) + data gives 0', () => {
    const arb = fc.record({
      id: fc.integer({ min: 1, max: 1e6 }),
      from: fc.constantFrom('client' as const, 'server' as const),
      srcPort: fc.integer({ min: 0, max: 65535 }),
      dstPort: fc.integer({ min: 0, max: 65535 }),
      seq: fc.integer({ min: 0, max: 0xffffffff }),
      ack: fc.option(fc.integer({ min: 0, max: 0xffffffff }), { nil: null }),
      flags: fc.subarray(['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG'] as const).map((f) => [...f]),
      len: fc.integer({ min: 0, max: 40 }),
      wnd: fc.integer({ min: 0, max: 65535 }),
      payload: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, (raw) => {
        const seg: TraceSegment = {
          ...raw,
          ...(raw.payload === undefined ? {} : { payload: raw.payload }),
        };
        if (raw.payload === undefined) delete seg.payload;
        const b = buildSegmentBytes(seg);
        expect(b.datagram.length).toBe(40 + seg.len);
        expect(internetChecksum(b.ip)).toBe(0);
        expect(verifyTcpChecksum(seg, b.tcp, b.payload)).toBe(true);
        // A single flipped bit anywhere in the header is caught.
        const broken = b.tcp.slice();
        broken[5]! ^= 0x01;
        expect(verifyTcpChecksum(seg, broken, b.payload)).toBe(false);
      }),
    );
  });

  it('uses the RFC 5737 documentation addresses and rejects malformed ones', () => {
    expect(Array.from(parseIpv4(CLIENT_IPV4))).toEqual([192, 0, 2, 1]);
    expect(Array.from(parseIpv4(SERVER_IPV4))).toEqual([198, 51, 100, 1]);
    expect(() => parseIpv4('300.1.1.1')).toThrow(/IPv4/);
  });
});
