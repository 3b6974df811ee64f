import { describe, expect, it } from 'vitest';
import { simulate, type TraceSegment } from '../../core/index.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { connectionBases } from '../narration/isn-bases.ts';
import { headerModel, segmentStory, type FlagCell, type ValueCell } from './header-model.ts';
import {
  checksumText,
  dataOffsetNote,
  fieldValueText,
  flagLabel,
  headingText,
  payloadText,
  storyLines,
  translator,
} from './inspector-text.ts';

const t = translator();
const bases = { client: 100, server: 300 };
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
const synAck: TraceSegment = {
  id: 2,
  from: 'server',
  srcPort: 80,
  dstPort: 40000,
  seq: 300,
  ack: 101,
  flags: ['SYN', 'ACK'],
  len: 0,
  wnd: 65535,
};

const fields = (seg: TraceSegment) => headerModel(seg, bases).rows.flatMap((r) => r.cells);
const field = (seg: TraceSegment, id: ValueCell['id']) =>
  fields(seg).find((c): c is ValueCell => c.kind === 'field' && c.id === id)!;
const flag = (seg: TraceSegment, name: FlagCell['name']) =>
  fields(seg).find((c): c is FlagCell => c.kind === 'flag' && c.name === name)!;

describe('header model (RFC 9293 §3.1)', () => {
  it('lays the header out as five 32-bit rows in the RFC order', () => {
    const m = headerModel(syn, bases);
    expect(m.rows).toHaveLength(5);
    for (const row of m.rows) expect(row.cells.reduce((n, c) => n + c.bits, 0)).toBe(32);
    const order = m.rows.map((r) =>
      r.cells.map((c) => (c.kind === 'flag' ? c.name : c.id)).join(' '),
    );
    expect(order).toEqual([
      'srcPort dstPort',
      'seq',
      'ack',
      'dataOffset reserved CWR ECE URG ACK PSH RST SYN FIN window',
      'checksum urgent',
    ]);
  });

  it('carries the real values and the bytes of each row', () => {
    const m = headerModel(syn, bases);
    expect(field(syn, 'srcPort').value).toBe(40000);
    expect(field(syn, 'dstPort').value).toBe(80);
    expect(field(syn, 'seq').value).toBe(100);
    expect(field(syn, 'dataOffset').value).toBe(5);
    expect(field(syn, 'window').value).toBe(65535);
    expect(m.rows.map((r) => r.hex)).toEqual([
      '9c400050',
      '00000064',
      '00000000',
      '5002ffff',
      '26b80000',
    ]);
    expect(m.checksum).toBe(0x26b8);
    expect(m.checksumOk).toBe(true);
    expect(checksumText(m, t)).toMatch(/^Checksum 0x26b8 is correct/);
    expect(m.ipHex[0]).toBe('45000028');
  });

  it('lights exactly the segment’s control bits, each with a name and state', () => {
    expect(flag(syn, 'SYN').set).toBe(true);
    expect(flag(syn, 'ACK').set).toBe(false);
    expect(flagLabel(flag(syn, 'SYN'), t)).toBe('SYN bit set');
    expect(flagLabel(flag(syn, 'ACK'), t)).toBe('ACK bit clear');
    const lit = fields(synAck)
      .filter((c): c is FlagCell => c.kind === 'flag' && c.set)
      .map((c) => c.name);
    expect(lit).toEqual(['ACK', 'SYN']);
    const rst: TraceSegment = { ...syn, flags: ['RST'], wnd: 0 };
    expect(flag(rst, 'RST').set).toBe(true);
    const fin: TraceSegment = { ...synAck, flags: ['ACK', 'FIN'] };
    expect(flag(fin, 'FIN').set).toBe(true);
  });

  it('shows seq/ack in the chosen numbering with the other in brackets', () => {
    const m = headerModel(synAck, bases);
    expect(m.seq).toEqual({ absolute: 300, relative: 0 });
    expect(m.ack).toEqual({ absolute: 101, relative: 1 });
    expect(fieldValueText(field(synAck, 'seq'), m, synAck, 'relative', t)).toBe('0 (absolute 300)');
    expect(fieldValueText(field(synAck, 'ack'), m, synAck, 'absolute', t)).toBe('101 (relative 1)');
    const ms = headerModel(syn, bases);
    expect(fieldValueText(field(syn, 'ack'), ms, syn, 'absolute', t)).toMatch(/ACK bit off/);
    expect(fieldValueText(field(syn, 'dataOffset'), ms, syn, 'absolute', t)).toBe('5');
    expect(dataOffsetNote(ms, t)).toBe(
      'DOffset 5: the header is 5 × 4 = 20 octets, with no options.',
    );
  });

  it('says when a window does not fit the 16-bit field', () => {
    const big: TraceSegment = { ...syn, wnd: 100000 };
    const m = headerModel(big, bases);
    expect(field(big, 'window').value).toBe(65535);
    expect(fieldValueText(field(big, 'window'), m, big, 'absolute', t)).toMatch(
      /100000 does not fit/,
    );
  });

  it('names the direction and the data', () => {
    expect(headingText(synAck, t)).toBe('Segment #2: SYN-ACK server → client');
    expect(payloadText(syn, t)).toBeNull();
    expect(
      payloadText({ ...syn, flags: ['ACK'], ack: 301, len: 9, payload: 'DEBIT 100' }, t),
    ).toMatch(/"DEBIT 100"/);
  });
});

describe('segment story', () => {
  const trace = simulate({
    ...handshake,
    faults: [
      { match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' },
      { match: { from: 'client', flags: ['ACK'], nth: 1 }, action: 'duplicate', ms: 30 },
    ],
    inject: [{ at: 3000, to: 'server', flags: ['SYN'], seq: 90 }],
  });
  const segs = new Map<number, TraceSegment>();
  for (const e of trace.events)
    if (e.type === 'send' || e.type === 'deliver' || e.type === 'drop')
      segs.set(e.segment.id, e.segment);
  const story = (id: number) => storyLines(segmentStory(trace.events, segs.get(id)!), t);

  it('tells a dropped SYN, its retransmission, a duplicated ACK and an injected SYN', () => {
    expect(story(1)).toEqual([
      'Sent by the client at 0 s (RFC 9293 §3.10.1, the OPEN call).',
      'Lost at 0.025 s: a drop fault.',
    ]);
    const retx = [...segs.values()].find((s) => s.retransmission && s.flags.join() === 'SYN')!;
    expect(story(retx.id)).toEqual([
      'Sent by the client at 1 s (RFC 9293 §3.10.8, retransmission timeout).',
      'A retransmission of a segment sent earlier.',
      'Arrived at the server at 1.05 s and was accepted (RFC 9293 §3.10.7.2, third check).',
    ]);
    const ack = [...segs.values()].find(
      (s) => s.flags.join() === 'ACK' && s.from === 'client' && s.copyOf === undefined,
    )!;
    const copy = [...segs.values()].find((s) => s.copyOf === ack.id)!;
    expect(story(ack.id)).toContain(`The network duplicated it: copies #${copy.id}.`);
    expect(story(copy.id)[0]).toBe(
      `A copy of segment #${ack.id} made by the network (duplicate fault).`,
    );
    const stale = [...segs.values()].find((s) => s.stale)!;
    expect(story(stale.id)[0]).toMatch(/^Injected as an old segment/);
  });

  it('uses the connection’s ISNs as relative bases; an old SYN does not restart them', () => {
    const bases = connectionBases(trace.events);
    expect(bases.get(1)).toEqual({ client: 100, server: null });
    const ack = [...segs.values()].find((s) => s.flags.join() === 'ACK' && s.from === 'client')!;
    expect(bases.get(ack.id)).toEqual({ client: 100, server: 300 });
    const stale = [...segs.values()].find((s) => s.stale)!;
    expect(bases.get(stale.id)).toEqual({ client: 100, server: 300 });
    expect(headerModel(stale, bases.get(stale.id)!).seq).toEqual({ absolute: 90, relative: -10 });
  });
});

describe('TCP options (linux profile)', () => {
  const trace = simulate({
    version: 1,
    profile: 'linux',
    client: { isn: 100 },
    server: { isn: 300 },
    actions: [
      { at: 0, host: 'server', call: 'listen' },
      { at: 0, host: 'client', call: 'connect' },
    ],
  });
  const sent = trace.events.flatMap((e) => (e.type === 'send' ? [e.segment] : []));

  it('lists the SYN options in wire order and counts them in Data Offset', () => {
    const m = headerModel(sent[0]!, bases);
    expect(m.options.map((o) => o.kind)).toEqual([
      'mss',
      'sackPermitted',
      'timestamp',
      'nop',
      'windowScale',
    ]);
    expect(m.options[0]!.hex).toBe('020405b4');
    expect(m.options.at(-1)!.hex).toBe('03030a');
    expect(dataOffsetNote(m, t)).toBe(
      'DOffset 10: the header is 10 × 4 = 40 octets, 20 of them options.',
    );
    expect(checksumText(m, t)).toMatch(/is correct/);
  });

  it('shows the scaled Window of the third segment (65535 >> 10 = 63)', () => {
    const ack = sent[2]!;
    const m = headerModel(ack, bases, 10);
    const win = m.rows[3]!.cells.find(
      (c): c is ValueCell => c.kind === 'field' && c.id === 'window',
    )!;
    expect(win.value).toBe(63);
    expect(fieldValueText(win, m, ack, 'relative', t)).toBe(
      '63 (× 2^10 = 64512 octets: window scale agreed in the SYNs)',
    );
    expect(m.options).toEqual([]);
  });
});
