// The importer on real captures: the Linux handshakes recorded by
// scripts/linux-capture/record.sh (test/fixtures/linux, see docs/linux-fixtures.md). The
// assertions are the behaviour each case exists to show, with time tolerances wide enough
// for a re-recording on another machine (the one-way delay is 50 ms).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversationToTrace, type ImportedSegment } from './conversation-trace.ts';
import { tcpConversations } from './conversations.ts';
import { LINKTYPE } from './link-layer.ts';
import { parseCapture } from './parse-capture.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/linux');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { kernel: string; cases: { name: string; file: string }[] };

function load(name: string) {
  const parsed = parseCapture(new Uint8Array(readFileSync(join(DIR, `${name}.pcap`))));
  const conversations = tcpConversations(parsed.packets);
  expect(conversations).toHaveLength(1);
  const trace = conversationToTrace(parsed.packets, conversations[0]!);
  return { parsed, conversation: conversations[0]!, trace, segs: trace.segments };
}

/** "C SYN 0 -" style lines: direction, flags, relative seq, relative ack. */
function shape(segs: ImportedSegment[]): string[] {
  return segs.map((s) => `${s.from === 'client' ? 'C' : 'S'} ${s.flags.join(',')} ${s.seqRelative} ${s.ackRelative ?? '-'}`);
}

function gaps(segs: ImportedSegment[]): number[] {
  return segs.slice(1).map((s, i) => s.t - segs[i]!.t);
}

const near = (ms: number, tolerance = 60) => expect.closeTo(ms, -Math.log10(tolerance * 2));

describe('real Linux captures', () => {
  it('the manifest lists every case with its pcap and the kernel', () => {
    expect(manifest.kernel).toMatch(/^\d+\.\d+/);
    expect(manifest.cases.map((c) => c.name).sort()).toEqual(
      [
        'closed-port',
        'half-open-after-crash',
        'lost-final-ack',
        'lost-syn',
        'lost-syn-ack',
        'old-duplicate-syn',
        'old-duplicate-syn-during-connect',
        'plain-connect-close',
        'simultaneous-open',
        'syn-blackhole',
        'two-lost-syns',
      ].sort(),
    );
  });

  it('every capture: classic pcap, raw IP, snaplen 128, one conversation 10.200.0.1:40000 → 10.200.0.2:80', () => {
    for (const c of manifest.cases) {
      const { parsed, conversation } = load(c.name);
      expect(parsed).toMatchObject({ format: 'pcap', linkType: LINKTYPE.RAW, warnings: [] });
      expect(parsed.packets.every((p) => p.capturedLength <= 128 && p.tcp !== null)).toBe(true);
      expect(conversation).toMatchObject({ client: { address: '10.200.0.1', port: 40000 }, server: { address: '10.200.0.2', port: 80 } });
    }
  });

  it('plain connect and close: three-way handshake with Linux SYN options, then a full close', () => {
    const { segs, conversation, trace } = load('plain-connect-close');
    expect(conversation.handshakeSeen).toBe(true);
    expect(shape(segs).slice(0, 3)).toEqual(['C SYN 0 -', 'S SYN,ACK 0 1', 'C ACK 1 1']);
    expect(segs[1]!.t).toEqual(near(100, 20));
    for (const syn of segs.slice(0, 2)) {
      expect(syn.options).toMatchObject({ mss: 1460, sackPermitted: true, timestamp: expect.anything(), windowScale: expect.any(Number) });
    }
    expect(shape(segs).at(-1)).toBe('C ACK 2 2');
    expect(trace.summary.sockets.map((s) => s.finalState)).toEqual(['TIME-WAIT', 'CLOSED']);
  });

  it('lost SYN: retransmitted once after the 1 s initial RTO', () => {
    const { segs } = load('lost-syn');
    const syns = segs.filter((s) => s.flags.join() === 'SYN');
    expect(syns).toHaveLength(2);
    expect(gaps(syns)).toEqual([near(1000)]);
    expect(syns[1]!.retransmission).toBe(true);
    expect(shape(segs).slice(2, 4)).toEqual(['S SYN,ACK 0 1', 'C ACK 1 1']);
  });

  it('two lost SYNs: linear first retries (1 s, 1 s), not exponential (1 s, 2 s)', () => {
    const { segs } = load('two-lost-syns');
    const syns = segs.filter((s) => s.flags.join() === 'SYN');
    expect(gaps(syns)).toEqual([near(1000), near(1000)]);
  });

  it('SYN black hole with tcp_syn_retries=2: six SYNs one second apart, nothing back', () => {
    const { segs } = load('syn-blackhole');
    expect(segs.every((s) => s.from === 'client' && s.flags.join() === 'SYN')).toBe(true);
    expect(gaps(segs)).toEqual([near(1000), near(1000), near(1000), near(1000), near(1000)]);
  });

  it('lost SYN-ACK: the server sends the same SYN,ACK again (timer and answer to the SYN retransmission)', () => {
    const { segs } = load('lost-syn-ack');
    const synAcks = segs.filter((s) => s.flags.join() === 'SYN,ACK');
    expect(synAcks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(synAcks.map((s) => s.seq)).size).toBe(1);
    expect(synAcks[1]!.t - synAcks[0]!.t).toEqual(near(1000, 100));
  });

  it('lost final ACK: the SYN,ACK is retransmitted 1 s later and the client ACKs it again', () => {
    const { segs } = load('lost-final-ack');
    expect(shape(segs).slice(0, 5)).toEqual(['C SYN 0 -', 'S SYN,ACK 0 1', 'C ACK 1 1', 'S SYN,ACK 0 1', 'C ACK 1 1']);
    expect(segs[3]!.t - segs[1]!.t).toEqual(near(1000, 100));
  });

  it('closed port: RST,ACK with seq 0 and ack ISN+1', () => {
    const { segs } = load('closed-port');
    expect(shape(segs)).toEqual(['C SYN 0 -', 'S ACK,RST 1 1']);
    expect(segs[1]).toMatchObject({ seq: 0, ack: (segs[0]!.seq + 1) >>> 0, wnd: 0 });
  });

  it('simultaneous open: two SYNs cross, each side answers SYN,ACK', () => {
    const { segs, conversation } = load('simultaneous-open');
    expect(shape(segs).slice(0, 4)).toEqual(['C SYN 0 -', 'S SYN 0 -', 'C SYN,ACK 0 1', 'S SYN,ACK 0 1']);
    expect(conversation.handshakeSeen).toBe(true);
  });

  it('old duplicate SYN, no connection at the client: SYN,ACK for it, and a RST <SEQ=SEG.ACK> from the client kernel', () => {
    const { segs } = load('old-duplicate-syn');
    expect(shape(segs)).toEqual(['C SYN 0 -', 'S SYN,ACK 0 1', 'C RST 1 -']);
    expect(segs[0]!.seq).toBe(1000);
    expect(segs[0]!.options).toEqual({ mss: 1460, kinds: [2] });
    expect(segs[2]).toMatchObject({ seq: 1001, ack: null });
  });

  it('old duplicate SYN during connect: the client in SYN-SENT resets it, resends its SYN at once, and connects', () => {
    const { segs } = load('old-duplicate-syn-during-connect');
    const rst = segs.findIndex((s) => s.flags.join() === 'RST');
    expect(segs[rst]).toMatchObject({ seq: 1001, ack: null });
    const resent = segs[rst + 1]!;
    expect(resent).toMatchObject({ from: 'client', flags: ['SYN'], seq: segs[0]!.seq, newIsn: true });
    expect(resent.t - segs[rst]!.t).toBeLessThan(100); // TCP_TIMEOUT_MIN, not the 1 s RTO
    expect(shape(segs.slice(rst + 1, rst + 4))).toEqual(['C SYN 0 -', 'S SYN,ACK 0 1', 'C ACK 1 1']);
  });

  it('half-open after a crash: the new SYN draws a challenge ACK, the client resets the old connection, then connects', () => {
    const { segs } = load('half-open-after-crash');
    const again = segs.findIndex((s, i) => i > 0 && s.flags.join() === 'SYN');
    expect(segs[again]!.newIsn).toBe(true);
    const [challenge, reset] = [segs[again + 1]!, segs[again + 2]!];
    expect(challenge).toMatchObject({ from: 'server', flags: ['ACK'], ack: (segs[0]!.seq + 1) >>> 0 });
    expect(reset).toMatchObject({ from: 'client', flags: ['RST'], seq: challenge.ack, ack: null });
    expect(shape(segs.slice(again + 3, again + 6))).toEqual(['C SYN 0 -', 'S SYN,ACK 0 1', 'C ACK 1 1']);
  });
});
