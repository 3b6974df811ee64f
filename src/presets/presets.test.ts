import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import type { Protocol } from '../core/scenario.ts';
import type { Trace } from '../core/trace.ts';
import { parseScenario } from '../scenario/validate.ts';
import { PRESETS, findPreset } from './index.ts';

function run(id: string, protocol: Protocol = 'three-way'): Trace {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return simulate({ ...preset.scenario, protocol });
}
/** The protocols a preset is shown in: three-way, and two-way beside it when it opens side by side. */
const shownProtocols = (p: (typeof PRESETS)[number]): Protocol[] =>
  p.compare ? ['three-way', 'two-way'] : ['three-way'];
const kinds = (t: Trace): string[] => t.summary.anomalies.map((a) => `${a.kind} ${a.host} ${a.t}`);
const wire = (t: Trace): string[] =>
  t.events.flatMap((e) =>
    e.type === 'send' ? [`${e.t} ${e.host} ${e.segment.flags.join(',')} ${e.segment.seq}`] : [],
  );
const receives = (t: Trace, host: string): number[] =>
  t.events.flatMap((e) =>
    e.type === 'app' && e.call === 'receive' && e.host === host && e.bytes ? [e.bytes] : [],
  );

describe('presets', () => {
  it('are at least twelve valid scenario files with a title, an introduction and step notes in time order', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      const result = parseScenario(p.scenario);
      expect(result.ok ? [] : result.errors, p.id).toEqual([]);
      expect(p.scenario.title?.length, p.id).toBeGreaterThan(5);
      expect(p.scenario.notes?.length, p.id).toBeGreaterThan(80);
      const at = (p.scenario.steps ?? []).map((s) => s.at);
      expect(at.length, p.id).toBeGreaterThan(1);
      expect(
        [...at].sort((a, b) => a - b),
        p.id,
      ).toEqual(at);
    }
  });

  it('place every step note within the run (the longer of the two, side by side)', () => {
    for (const p of PRESETS) {
      const protocols = shownProtocols(p);
      const end = Math.max(...protocols.map((protocol) => run(p.id, protocol).summary.endTime));
      for (const s of p.scenario.steps ?? [])
        expect(s.at, `${p.id} step at ${s.at}`).toBeLessThanOrEqual(end);
    }
  });

  it('place every step note at a moment something happens in one of the protocols it shows', () => {
    // A caption timed to nothing describes a run that is not there: the old-duplicate-SYN
    // story once said "the client retransmits" at 1 s, where its duplicate fault leaves
    // nothing to retransmit.
    for (const p of PRESETS) {
      const protocols = shownProtocols(p);
      const times = new Set(
        protocols.flatMap((protocol) => run(p.id, protocol).events.map((e) => e.t)),
      );
      for (const s of p.scenario.steps ?? [])
        expect(times.has(s.at), `${p.id} step at ${s.at}: ${s.note}`).toBe(true);
    }
  });

  it('the old-duplicate-SYN story: two-way holds a phantom, three-way resets it; it opens side by side', () => {
    expect(findPreset('old-duplicate-syn')?.compare).toBe(true);
    expect(kinds(run('old-duplicate-syn', 'two-way'))).toEqual(['phantom-connection server 3050']);
    const three = run('old-duplicate-syn');
    expect(kinds(three)).toEqual([]);
    expect(
      three.events.some(
        (e) => e.type === 'state' && e.t === 3150 && e.from === 'SYN-RECEIVED' && e.to === 'LISTEN',
      ),
    ).toBe(true);
  });

  it('stale data: two-way delivers "DEBIT 100" twice, three-way once', () => {
    expect(receives(run('old-duplicate-syn-stale-data', 'two-way'), 'server')).toEqual([9, 9]);
    expect(kinds(run('old-duplicate-syn-stale-data', 'two-way'))).toEqual([
      'phantom-connection server 3050',
      'stale-data-delivered server 3060',
    ]);
    expect(receives(run('old-duplicate-syn-stale-data'), 'server')).toEqual([9]);
    expect(kinds(run('old-duplicate-syn-stale-data'))).toEqual([]);
  });

  it('lost SYN backs off 1 s then 2 s; the black hole gives up at 183 s', () => {
    expect(wire(run('lost-syn')).slice(0, 3)).toEqual([
      '0 client SYN 100',
      '1000 client SYN 100',
      '3000 client SYN 100',
    ]);
    expect(kinds(run('syn-black-hole'))).toEqual(['connect-failed client 183000']);
  });

  it('lost final ACK: the data segment completes the handshake', () => {
    const t = run('lost-final-ack');
    expect(
      t.events.find((e) => e.type === 'state' && e.host === 'server' && e.to === 'ESTABLISHED')?.t,
    ).toBe(350);
  });

  it('closed port is refused; the crash leaves a half-open connection that the new SYN clears', () => {
    expect(kinds(run('closed-port'))).toEqual(['connect-failed client 100']);
    const t = run('half-open-after-crash');
    expect(kinds(t)).toEqual(['half-open server 1000']);
    expect(t.summary.anomalies[0]?.until).toBe(2250);
  });

  it('TIME-WAIT answers the repeated FIN; simultaneous close passes through CLOSING', () => {
    expect(wire(run('close-time-wait'))).toContain('1650 client ACK 102');
    const states = run('simultaneous-close').events.filter(
      (e) => e.type === 'state' && e.to === 'CLOSING',
    );
    expect(states.map((e) => e.type === 'state' && e.host)).toEqual(['server', 'client']);
  });

  it('SYN flood: without cookies the client times out at 131.1 s; with cookies it is connected at 200 ms', () => {
    const off = run('syn-flood');
    expect(kinds(off)).toEqual(['connect-failed client 131100']);
    expect(
      off.events
        .filter((e) => e.type === 'deliver' && e.segment.from === 'client' && !e.segment.spoofed)
        .map((e) => e.type === 'deliver' && e.rule),
    ).toEqual(Array(11).fill('L-3/backlog-full'));
    const on = run('syn-flood-cookies');
    expect(kinds(on)).toEqual([]);
    expect(
      on.summary.sockets
        .filter((s) => s.establishedAt !== null)
        .map((s) => `${s.host} ${s.establishedAt}`),
    ).toEqual(['client 200', 'server 250']);
    expect(receives(on, 'server')).toEqual([5]);
  });
});
