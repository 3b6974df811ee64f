import { readFileSync } from 'node:fs';
import { sayCapturePhrase } from '../import/capture-phrases.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKTYPE } from '../import/link-layer.ts';
import { ipv4, pcap, tcp } from '../import/testing/capture-builder.ts';
import { createCaptureClient } from './capture-client.ts';
import { createCaptureHandler } from './capture-handler.ts';
import { fileSizeProblem, PROTOCOL_VERSION, type CaptureParsed } from './capture-messages.ts';
import { createInThreadCaptureWorker } from './in-thread-capture-worker.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/linux');
const fixture = (name: string): ArrayBuffer => {
  const b = readFileSync(join(FIXTURES, `${name}.pcap`));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};
const parse = (bytes: ArrayBuffer, requestId = 1) =>
  ({ v: PROTOCOL_VERSION, type: 'parse-capture', requestId, fileName: 'x.pcap', bytes }) as const;

/** Two conversations: a bare ACK stream first, then a full handshake on other ports. */
function twoConversations(): ArrayBuffer {
  const seg = (src: string, dst: string, spec: Parameters<typeof tcp>[0]) =>
    ipv4(src, dst, tcp(spec));
  const records = [
    seg('10.0.0.9', '10.0.0.8', { srcPort: 5000, dstPort: 6000, seq: 77, ack: 1, flags: ['ACK'] }),
    seg('10.0.0.1', '10.0.0.2', { srcPort: 40000, dstPort: 80, seq: 1000, flags: ['SYN'] }),
    seg('10.0.0.2', '10.0.0.1', {
      srcPort: 80,
      dstPort: 40000,
      seq: 5000,
      ack: 1001,
      flags: ['SYN', 'ACK'],
    }),
    seg('10.0.0.1', '10.0.0.2', {
      srcPort: 40000,
      dstPort: 80,
      seq: 1001,
      ack: 5001,
      flags: ['ACK'],
    }),
  ].map((data, i) => ({ sec: 100, frac: i * 50_000, data }));
  const bytes = pcap({ littleEndian: false, linkType: LINKTYPE.RAW, records });
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('capture worker handler', () => {
  it('parses a real capture: the conversation list and the chosen trace with relative numbers', () => {
    const answer = createCaptureHandler().handle(parse(fixture('plain-connect-close'), 4));
    expect(answer.type).toBe('capture-parsed');
    const parsed = answer as CaptureParsed;
    expect(parsed.requestId).toBe(4);
    expect(parsed.format).toBe('pcap');
    expect(parsed.conversations).toEqual([
      expect.objectContaining({
        id: 0,
        client: '10.200.0.1:40000',
        server: '10.200.0.2:80',
        firstFlags: ['SYN'],
        handshakeSeen: true,
      }),
    ]);
    expect(parsed.trace.lanes.client.label).toBe('10.200.0.1:40000');
    const [syn, synAck] = parsed.trace.segments;
    expect([syn!.flags, syn!.seqRelative, syn!.ackRelative]).toEqual([['SYN'], 0, null]);
    expect([synAck!.flags, synAck!.seqRelative, synAck!.ackRelative]).toEqual([
      ['SYN', 'ACK'],
      0,
      1,
    ]);
    // Timeline-ready: each send is followed by its sighting, and the server was listening from 0.
    const kinds = parsed.trace.events
      .slice(0, 3)
      .map((e) => `${e.type}:${e.type === 'state' ? e.to : e.t}`);
    expect(kinds).toEqual(['state:LISTEN', 'send:0', 'deliver:0']);
    expect(
      parsed.trace.events.filter((e) => e.type === 'state').every((e) => 'inferred' in e),
    ).toBe(true);
  });

  it('chooses the first conversation with a handshake, and another one on request', () => {
    const handler = createCaptureHandler();
    const parsed = handler.handle(parse(twoConversations())) as CaptureParsed;
    expect(parsed.conversations.map((c) => c.firstFlags)).toEqual([['ACK'], ['SYN']]);
    expect(parsed.chosen).toBe(1);
    const other = handler.handle({
      v: 1,
      type: 'capture-conversation',
      requestId: 2,
      captureId: parsed.captureId,
      conversation: 0,
    });
    expect(other).toMatchObject({ type: 'capture-trace', conversation: 0, requestId: 2 });
    // No SYN seen: the first seq counts as 1, as Wireshark does.
    if (other.type === 'capture-trace') expect(other.trace.segments[0]!.seqRelative).toBe(1);
    expect(
      handler.handle({
        v: 1,
        type: 'capture-conversation',
        requestId: 3,
        captureId: 99,
        conversation: 0,
      }),
    ).toMatchObject({
      type: 'capture-error',
      message: 'that capture is no longer open; open the file again',
    });
  });

  it('names what is wrong with a bad file', () => {
    const handler = createCaptureHandler({ maxBytes: 1024 * 1024 });
    const random = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
    expect(handler.handle(parse(random.buffer))).toMatchObject({
      type: 'capture-error',
      message: 'not a pcap or pcapng file (magic 0x0b30557a)',
    });
    const whole = fixture('plain-connect-close');
    const cut = whole.slice(0, whole.byteLength - 10);
    expect(handler.handle(parse(cut))).toMatchObject({
      type: 'capture-error',
      message: expect.stringMatching(/^truncated packet record at byte \d+$/),
    });
    expect(handler.handle(parse(new ArrayBuffer(2 * 1024 * 1024)))).toMatchObject({
      type: 'capture-error',
      message: 'file is 2 MB; the limit is 1 MB',
    });
    const noTcp = pcap({ littleEndian: true, linkType: LINKTYPE.RAW, records: [] });
    expect(handler.handle(parse(noTcp.slice().buffer))).toMatchObject({
      type: 'capture-error',
      message: 'no TCP conversations found',
    });
    expect(handler.handle({ v: 2, type: 'parse-capture', requestId: 5 })).toMatchObject({
      type: 'capture-error',
      requestId: 5,
    });
    expect(handler.handle({ v: 1, type: 'explode', requestId: 6 })).toMatchObject({
      message: 'Unknown message type: explode',
    });
  });

  it('stops at the packet limit with a message', () => {
    const handler = createCaptureHandler({ maxPackets: 2 });
    expect(handler.handle(parse(twoConversations()))).toMatchObject({
      type: 'capture-error',
      message: 'more than 2 packets (the limit); open a smaller capture',
    });
  });

  it('draws at most the shown limit of segments and says how many there are', () => {
    const parsed = createCaptureHandler({ maxShownSegments: 3 }).handle(
      parse(fixture('plain-connect-close')),
    ) as CaptureParsed;
    expect(parsed.trace.segments).toHaveLength(3);
    expect(parsed.trace.totalSegments).toBe(parsed.conversations[0]!.packetCount);
    expect(parsed.trace.totalSegments).toBeGreaterThan(3);
  });

  it('says the size in words people use', () => {
    expect(sayCapturePhrase(fileSizeProblem(300 * 1024 * 1024)!)).toBe(
      'file is 300 MB; the limit is 64 MB',
    );
    expect(fileSizeProblem(64 * 1024 * 1024)).toBeNull();
  });
});

describe('capture client', () => {
  it('transfers the bytes and resolves with the parsed capture', async () => {
    const client = createCaptureClient({ createWorker: () => createInThreadCaptureWorker() });
    const bytes = fixture('lost-syn');
    const outcome = await client.parse('lost-syn.pcap', bytes);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.answer.fileName).toBe('lost-syn.pcap');
    const again = await client.conversation(
      outcome.kind === 'ok' ? outcome.answer.captureId : 0,
      0,
    );
    expect(again).toMatchObject({ kind: 'ok', answer: { type: 'capture-trace', conversation: 0 } });
    client.dispose();
  });

  it('a new file supersedes a parse in progress', async () => {
    const client = createCaptureClient({ createWorker: () => createInThreadCaptureWorker() });
    const first = client.parse('a.pcap', fixture('lost-syn'));
    const second = client.parse('b.pcap', new Uint8Array([1, 2, 3, 4, 5]).buffer);
    expect(await first).toEqual({ kind: 'superseded' });
    expect(await second).toEqual({
      kind: 'error',
      message: 'not a pcap or pcapng file (magic 0x01020304)',
      phrase: { id: 'badMagic', values: { magic: '0x01020304' } },
    });
  });
});
