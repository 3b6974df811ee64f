// Relative numbers count per connection: in a SYN flood the forged SYNs (their own ports and
// ISNs) and the replies to them number from their own SYNs, not from the real client's.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../app/builtin-scenarios.ts';
import { simulate } from '../../core/index.ts';
import type { TraceSegment } from '../../core/trace.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { indexTrace } from '../../state/trace-index.ts';
import { headerModel } from '../inspector/header-model.ts';
import { connectionBases, NO_BASES } from './isn-bases.ts';
import { narrateAll } from './narrate.ts';

const scenario = (id: string) => BUILT_IN_SCENARIOS.find((b) => b.id === id)!.scenario;

describe.each(['syn-flood', 'syn-flood-cookies'])('relative numbers in %s', (id) => {
  const trace = simulate(scenario(id));
  const segments = indexTrace(trace).segments;

  it('has forged SYNs on connections of their own', () => {
    const forged = segments.filter((s) => s.segment.spoofed && s.segment.flags.includes('SYN'));
    const real = segments.find((s) => s.from === 'client' && !s.segment.spoofed)!;
    expect(forged.length).toBeGreaterThan(4);
    for (const s of forged) expect(s.segment.seq).not.toBe(real.segment.seq);
  });

  it('the timeline numbers every segment from its own SYNs: each SYN is 0, each SYN-ACK acks 1', () => {
    for (const s of segments) {
      const where = JSON.stringify(s.segment);
      // Neither below zero nor wrapped round to near 2^32 (how an unsigned view showed it).
      expect(s.relSeq, where).toBeGreaterThanOrEqual(0);
      expect(s.relSeq, where).toBeLessThan(1 << 16);
      if (s.relAck !== null) expect(s.relAck, where).toBeGreaterThanOrEqual(0);
      if (s.relAck !== null) expect(s.relAck, where).toBeLessThan(1 << 16);
      if (s.segment.flags.includes('SYN')) expect(s.relSeq, where).toBe(0);
      if (s.segment.flags.join() === 'SYN,ACK') expect(s.relAck, where).toBe(1);
    }
  });

  it('the inspector agrees with the timeline for every segment', () => {
    const bases = connectionBases(trace.events);
    for (const s of segments) {
      const m = headerModel(s.segment, bases.get(s.id) ?? NO_BASES);
      expect(m.seq.relative, JSON.stringify(s.segment)).toBe(s.relSeq);
      expect(m.ack?.relative ?? null).toBe(s.relAck);
    }
  });

  it('the narration names no negative number', () => {
    for (const sentence of narrateAll(trace.events, { numbers: 'relative' }))
      expect(sentence).not.toMatch(/(^|[\s/(])-\d/);
  });
});

describe('connection bases', () => {
  // The handshake's sends (the SYN: client port 40000 → 80, seq 100; the SYN-ACK: seq 300),
  // varied per case.
  const sent = simulate(handshake).events.filter((e) => e.type === 'send');
  const send = (n: number, segment: Partial<TraceSegment>) => {
    const e = sent[n]!;
    return { ...e, segment: { ...e.segment, ...segment } };
  };

  it('keeps each side and each 4-tuple apart, and a forged address apart from the real one', () => {
    const bases = connectionBases([
      send(0, { id: 1 }),
      send(0, { id: 2, srcPort: 1001, seq: 5000, spoofed: true }),
      send(1, { id: 3 }),
      send(0, { id: 4, seq: 7000, spoofed: true }),
    ]);
    expect(bases.get(1)).toEqual({ client: 100, server: null });
    expect(bases.get(2)).toEqual({ client: 5000, server: null });
    expect(bases.get(3)).toEqual({ client: 100, server: 300 });
    expect(bases.get(4)).toEqual({ client: 7000, server: null });
  });

  it('restarts at a fresh SYN on the same ports, but not at one injected as old', () => {
    const bases = connectionBases([
      send(0, { id: 1 }),
      send(0, { id: 2, seq: 90, stale: true }),
      send(0, { id: 3, seq: 5000 }),
    ]);
    expect(bases.get(2)).toEqual({ client: 100, server: null });
    expect(bases.get(3)).toEqual({ client: 5000, server: null });
  });
});
