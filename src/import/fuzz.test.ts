// Property tests: whatever bytes arrive, the importer either returns or throws its own
// CaptureError, and it finishes quickly. Inputs: random bytes, and valid captures of every
// format with random byte changes, truncations and splices.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaptureError } from './capture-error.ts';
import { conversationToTrace } from './conversation-trace.ts';
import { tcpConversations } from './conversations.ts';
import { LINKTYPE } from './link-layer.ts';
import { parseCapture } from './parse-capture.ts';
import * as b from './testing/capture-builder.ts';

const handshake = [
  b.ipv4('10.0.0.1', '10.0.0.2', b.tcp({ srcPort: 1, dstPort: 2, seq: 7, flags: ['SYN'], options: b.linuxSynOptions() })),
  b.ipv4('10.0.0.2', '10.0.0.1', b.tcp({ srcPort: 2, dstPort: 1, seq: 9, ack: 8, flags: ['SYN', 'ACK'], options: b.linuxSynOptions() })),
  b.ipv4('10.0.0.1', '10.0.0.2', b.tcp({ srcPort: 1, dstPort: 2, seq: 8, ack: 10, flags: ['ACK', 'FIN'], payload: 3 })),
];
const v6 = new Uint8Array(16);
v6[15] = 1;
const v6Packet = b.ipv6(v6, v6, b.tcp({ srcPort: 3, dstPort: 4, seq: 1, flags: ['SYN'] }), true);

const seeds: Uint8Array[] = [
  b.pcap({ littleEndian: true, linkType: LINKTYPE.ETHERNET, records: handshake.map((d) => ({ sec: 1, frac: 2, data: b.ethernet(d, [5]) })) }),
  b.pcap({ littleEndian: false, nanos: true, linkType: LINKTYPE.RAW, records: [...handshake, v6Packet].map((d) => ({ sec: 1, frac: 2, data: d })) }),
  b.pcap({ littleEndian: true, linkType: LINKTYPE.LINUX_SLL2, records: handshake.map((d) => ({ sec: 1, frac: 2, data: b.sll2(d) })) }),
  b.pcap({ littleEndian: true, linkType: LINKTYPE.NULL, records: handshake.map((d) => ({ sec: 1, frac: 2, data: b.loopback(d, 2, true) })) }),
  b.concat(b.shb(true), b.idb(true, LINKTYPE.LINUX_SLL, 9), ...handshake.map((d, i) => b.epb(true, 0, BigInt(i) * 1000n, b.sll(d))), b.spb(true, b.sll(v6Packet))),
  b.concat(b.shb(false), b.idb(false, LINKTYPE.RAW, 0x8a), ...handshake.map((d, i) => b.epb(false, 0, BigInt(i), d)), b.unknownBlock(false, 0xbad, b.u8(1))),
];

/** Runs the whole import pipeline; returns normally or throws. */
function importAll(bytes: Uint8Array): void {
  const parsed = parseCapture(bytes, { maxPackets: 10_000 });
  for (const c of tcpConversations(parsed.packets)) conversationToTrace(parsed.packets, c);
}

function onlyCaptureErrors(bytes: Uint8Array): void {
  const started = performance.now();
  try {
    importAll(bytes);
  } catch (e) {
    if (!(e instanceof CaptureError)) throw e;
    expect(e.message.length).toBeGreaterThan(0);
  }
  expect(performance.now() - started).toBeLessThan(1000);
}

const mutated = fc
  .record({
    seed: fc.constantFrom(...seeds),
    edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
    cut: fc.option(fc.nat()),
    splice: fc.option(fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 40 }))),
  })
  .map(({ seed, edits, cut, splice }) => {
    let bytes: Uint8Array = seed.slice();
    for (const [at, value] of edits) bytes[at % bytes.length] = value;
    if (splice) {
      const at = splice[0] % bytes.length;
      bytes = b.concat(bytes.subarray(0, at), splice[1], bytes.subarray(at));
    }
    return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
  });

describe('importer fuzzing', () => {
  it('the seeds themselves import cleanly', () => {
    for (const seed of seeds) expect(() => importAll(seed)).not.toThrow();
  });

  it('random bytes: only CaptureError, never a hang', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), onlyCaptureErrors), { numRuns: 1000 });
  });

  it('random bytes behind a valid magic: only CaptureError', () => {
    const heads = [b.u32(0xa1b2c3d4, true), b.u32(0xa1b23c4d, false), b.u32(0x0a0d0d0a, true)];
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 400 }), (head, rest) => onlyCaptureErrors(b.concat(head, rest))),
      { numRuns: 1000 },
    );
  });

  it('mutated, truncated and spliced valid captures: only CaptureError', () => {
    fc.assert(fc.property(mutated, onlyCaptureErrors), { numRuns: 2000 });
  });
});
