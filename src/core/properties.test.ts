// Property tests over random scenarios and fault plans (issue #2 §6): random latency,
// jitter, loss, drop/delay/duplicate faults on random flag sets and occurrences, random
// stale injections and random user calls. Runs are bounded (few calls, `until`) so the
// whole file stays well under a few seconds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analysis.ts';
import { simulate } from './engine.ts';
import type { Action, CallName, Fault, Injection, Scenario } from './scenario.ts';
import {
  SYNCHRONIZED_STATES,
  type FlagName,
  type HostName,
  type Trace,
  type TraceSegment,
} from './trace.ts';
import { synchronizations } from './test-helpers/handshake-oracle.ts';

const RUNS = 150;

/**
 * Every run is capped at 50 000 events (normal runs here have a few hundred), so a run
 * that loops cannot stall the suite; the liveness property below reports such a run.
 */
const run = (s: Scenario): Trace => simulate(s, { maxEvents: 50_000 });

const host = fc.constantFrom<HostName>('client', 'server');
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
    flags: fc.option(fc.constantFrom(...FLAG_SETS), { nil: undefined }),
    nth: fc.integer({ min: 1, max: 3 }),
    action: fc.constantFrom('drop', 'delay', 'duplicate'),
    ms: fc.integer({ min: 0, max: 2000 }),
  })
  .map(({ from, flags, nth, action, ms }): Fault => {
    const match = flags ? { from, flags, nth } : { from, nth };
    return action === 'drop' ? { match, action } : { match, action, ms };
  });

/**
 * Stale segments. Their SEQ and ACK come from [1 000 000, 1 001 000), far from the fixed
 * ISNs (100, 300) these scenarios use, so an old segment cannot by accident carry a
 * current ISS+1 (the one coincidence the handshake cannot guard against, tcp-notes §4.3);
 * runs where a seeded ISN lands in that range are skipped.
 */
const STALE_BASE = 1_000_000;
const STALE_SPAN = 1000;
const staleInjection = (minAt: number): fc.Arbitrary<Injection> =>
  fc.record({
    at: fc.integer({ min: minAt, max: 5000 }),
    to: host,
    flags: fc.subarray<FlagName>(['SYN', 'ACK', 'FIN', 'RST']),
    seq: fc.integer({ min: STALE_BASE, max: STALE_BASE + STALE_SPAN - 1 }),
    ack: fc.integer({ min: STALE_BASE, max: STALE_BASE + STALE_SPAN - 1 }),
    bytes: fc.integer({ min: 0, max: 20 }),
  });

const CALLS: CallName[] = [
  'listen',
  'connect',
  'send',
  'send',
  'close',
  'abort',
  'crash',
  'restart',
];
const action = (minAt: number): fc.Arbitrary<Action> =>
  fc
    .record({
      at: fc.integer({ min: minAt, max: 5000 }),
      host,
      call: fc.constantFrom(...CALLS),
      bytes: fc.integer({ min: 1, max: 4000 }),
    })
    .map(({ at, host: h, call, bytes }): Action =>
      call === 'send' ? { at, host: h, call, bytes } : { at, host: h, call },
    );

const latency = (min: number): fc.Arbitrary<Scenario['latencyMs']> =>
  fc.oneof(
    fc.integer({ min, max: 200 }),
    fc.record({
      clientToServer: fc.integer({ min, max: 200 }),
      serverToClient: fc.integer({ min, max: 200 }),
    }),
  );

/** Everything but the actions and injections, which the two generators below choose. */
const network = (minLatency: number) =>
  fc.record({
    profile: fc.constantFrom('rfc9293' as const, 'rfc793' as const),
    seed: fc.nat(),
    latencyMs: latency(minLatency),
    jitterMs: fc.integer({ min: 0, max: 50 }),
    lossRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true })),
    mslMs: fc.integer({ min: 100, max: 3000 }),
    faults: fc.array(fault, { maxLength: 4 }),
  });

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    net: network(0),
    protocol: fc.constantFrom('three-way' as const, 'two-way' as const),
    fixedIsns: fc.boolean(),
    usual: fc.boolean(),
    actions: fc.array(action(0), { maxLength: 8 }),
    inject: fc.array(staleInjection(0), { maxLength: 3 }),
  })
  .map(({ net, protocol, fixedIsns, usual, actions, inject }) => ({
    version: 1 as const,
    protocol,
    ...net,
    ...(fixedIsns ? { client: { isn: 100 }, server: { isn: 300 } } : {}),
    // Most runs start from a listen and a connect, so handshakes actually happen.
    actions: [
      ...(usual
        ? ([
            { at: 0, host: 'server', call: 'listen' },
            { at: 0, host: 'client', call: 'connect' },
          ] as Action[])
        : []),
      ...actions,
    ],
    inject,
    until: 400_000,
  }));

/** The two-way story (tcp-notes §4.3) always present, with random traffic and faults after it. */
const twoWayStory: fc.Arbitrary<Scenario> = fc
  .record({
    net: network(1),
    actions: fc.array(action(1), { maxLength: 6 }),
    inject: fc.array(staleInjection(3), { maxLength: 2 }),
  })
  .map(({ net, actions, inject }) => ({
    version: 1 as const,
    protocol: 'two-way' as const,
    ...net,
    server: { isn: 300 },
    actions: [{ at: 0, host: 'server', call: 'listen' } as Action, ...actions],
    inject: [
      // At t = 1 nothing the client sends can have arrived yet (latency >= 1 ms).
      { at: 1, to: 'server', flags: ['SYN'], seq: 90 } as Injection,
      {
        at: 2,
        to: 'server',
        flags: ['ACK'],
        seq: 91,
        ack: 201,
        bytes: 9,
        payload: 'DEBIT 100',
      } as Injection,
      ...inject,
    ],
    until: 400_000,
  }));

/** No crashes and no stale segments: every call is made by a live application. */
const liveScenario: fc.Arbitrary<Scenario> = fc
  .record({
    net: network(0),
    protocol: fc.constantFrom('three-way' as const, 'two-way' as const),
    actions: fc.array(action(0), { maxLength: 8 }),
  })
  .map(({ net, protocol, actions }) => ({
    version: 1 as const,
    protocol,
    ...net,
    actions: [
      { at: 0, host: 'server', call: 'listen' } as Action,
      { at: 0, host: 'client', call: 'connect' } as Action,
      ...actions.filter((a) => a.call !== 'crash' && a.call !== 'restart'),
    ],
    until: 2_000_000,
  }));

/** States that always have a timer running, so a finished run cannot end in them. */
const TIMED_STATES = new Set([
  'SYN-SENT',
  'SYN-RECEIVED',
  'FIN-WAIT-1',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
]);

/** True when some ISN chosen in the run falls in the stale range (astronomically rare). */
function isnCollides(trace: Trace): boolean {
  return trace.events.some(
    (e) =>
      e.type === 'state' &&
      e.iss !== undefined &&
      e.iss + 2 >= STALE_BASE &&
      e.iss <= STALE_BASE + STALE_SPAN,
  );
}

/** The old-duplicate-SYN story under the three-way handshake: no phantom, not even for a moment. */
function checkThreeWay(trace: Trace): void {
  fc.pre(!isnCollides(trace));
  // The engine: every synchronization is the outcome of a genuine handshake.
  expect(synchronizations(trace).filter((x) => !x.genuine)).toEqual([]);
  // The analysis: so no phantom is reported.
  expect(trace.summary.anomalies.filter((a) => a.kind === 'phantom-connection')).toEqual([]);
}

/**
 * Any scenario under the three-way handshake. Where only the client connects, as strictly as
 * the story: no phantom, not even for a moment. Where the server connects too, RFC 9293's
 * rules allow one brief phantom (see "an old SYN at a connecting client" below): an old SYN
 * from a dead server socket reaches the client in SYN-SENT, a simultaneous open, and the new
 * server socket's ACK happens to fall in the client's window. Then the handshake's next
 * exchange must expose it: a RST delivered to that socket ends it (or its own application
 * closes it first), it never takes stale data, and the run never ends with it held.
 */
function checkThreeWayEnds(trace: Trace, s: Scenario): void {
  const serverConnects = (s.actions ?? []).some((a) => a.host === 'server' && a.call === 'connect');
  if (!serverConnects) return checkThreeWay(trace);
  fc.pre(!isnCollides(trace));
  const finalState = new Map(trace.summary.sockets.map((k) => [k.socket, k.finalState]));
  const held = synchronizations(trace).filter(
    (x) => !x.genuine && SYNCHRONIZED_STATES.has(finalState.get(x.socket) ?? 'CLOSED'),
  );
  expect(held).toEqual([]);
  for (const a of trace.summary.anomalies) {
    if (a.kind === 'stale-data-delivered') expect(a).toBeUndefined();
    if (a.kind !== 'phantom-connection') continue;
    expect(a.until).toBeDefined();
    const ended = trace.events.filter(
      (e) =>
        e.t === a.until &&
        ((e.type === 'deliver' && e.socket === a.socket && e.segment.flags.includes('RST')) ||
          (e.type === 'state' && e.socket === a.socket && e.rule.startsWith('U-'))),
    );
    expect(ended, `how the phantom at ${a.socket} ended`).not.toEqual([]);
  }
}

describe('an old SYN at a connecting client (found by the property below, fast-check seed 803481674)', () => {
  // The server's own connect() from port 80 to the client's port sends a SYN and is aborted a
  // millisecond later; the client's SYN then makes the listener a new socket for the same
  // port pair. The dead socket's SYN reaches the client in SYN-SENT: a simultaneous
  // open (RFC 9293 §3.5), so the client answers SYN-ACK. The new server socket finds that
  // SYN-ACK out of its window and answers with an ACK (§3.10.7.4), which acknowledges the
  // client's SYN and, the new ISN being only a few clock ticks after the dead one's (1,000
  // here), falls in the client's window: the client is ESTABLISHED with a peer that never
  // opened it. The handshake exposes it at once: the new socket's own SYN-ACK has drawn a
  // challenge ACK from the client, that ACK draws a RST, and the client's connection is
  // gone 4 ms after it was made.
  const story: Scenario = {
    version: 1,
    protocol: 'three-way',
    profile: 'rfc9293',
    seed: 0,
    // Found with 5 ms of jitter; fixed one-way times give the same story with any seed.
    latencyMs: { clientToServer: 4, serverToClient: 1 },
    jitterMs: 0,
    lossRate: 0,
    mslMs: 100,
    faults: [],
    actions: [
      { at: 0, host: 'server', call: 'listen' },
      { at: 0, host: 'client', call: 'connect' },
      { at: 1, host: 'server', call: 'abort' },
      { at: 0, host: 'server', call: 'connect' },
    ],
    inject: [],
    until: 400_000,
  };

  it('synchronizes the client with a dead peer for a moment, then resets it', () => {
    for (const seed of [0, 1, 7, 123_456]) {
      const trace = run({ ...story, seed });
      const bad = synchronizations(trace).filter((x) => !x.genuine);
      expect(bad).toEqual([
        expect.objectContaining({ socket: 'c1', t: 6, partner: 's2', genuine: false }),
      ]);
      const phantoms = trace.summary.anomalies.filter((a) => a.kind === 'phantom-connection');
      expect(phantoms).toEqual([
        expect.objectContaining({ host: 'client', socket: 'c1', t: 6, until: 10 }),
      ]);
      // Ended by a reset, not by a close: the desynchronization was detected.
      const resets = trace.events.filter(
        (e) => e.type === 'deliver' && e.socket === 'c1' && e.segment.flags.includes('RST'),
      );
      expect(resets.map((e) => e.t)).toEqual([10]);
      expect(trace.summary.sockets.find((k) => k.socket === 'c1')?.finalState).toBe('CLOSED');
      checkThreeWayEnds(trace, story);
    }
  });
});

describe('properties over random scenarios and fault plans', () => {
  it('the same input gives an identical trace', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const again = structuredClone(s);
        expect(JSON.stringify(run(again))).toBe(JSON.stringify(run(s)));
      }),
      { numRuns: 100 },
    );
  });

  it('the summary is what analyze() makes of the finished trace (the engine analyses as it goes)', () => {
    fc.assert(
      fc.property(fc.oneof(scenario, twoWayStory), (s) => {
        const { events, summary } = run(s);
        const { endTime, truncated, stopReason } = summary;
        const meta = { protocol: summary.protocol, profile: summary.profile, seed: summary.seed };
        const again = analyze(events, {
          ...meta,
          endTime,
          truncated,
          ...(stopReason ? { stopReason } : {}),
        });
        expect(JSON.stringify(again)).toBe(JSON.stringify(summary));
      }),
      { numRuns: RUNS },
    );
  });

  it('time never goes backwards', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { events, summary } = run(s);
        for (let i = 1; i < events.length; i++)
          expect(events[i]!.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
        if (events.length > 0) expect(summary.endTime).toBeGreaterThanOrEqual(events.at(-1)!.t);
      }),
      { numRuns: RUNS },
    );
  });

  it('every delivered or dropped segment that is not stale was sent before (itself, or the original of a copy)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sent = new Map<number, number>();
        for (const e of run(s).events) {
          if (e.type === 'send') {
            expect(sent.has(e.segment.id)).toBe(false); // ids are unique
            sent.set(e.segment.id, e.t);
          } else if ((e.type === 'deliver' || e.type === 'drop') && !e.segment.stale) {
            const origin = e.segment.copyOf ?? e.segment.id;
            expect(sent.get(origin)).toBeLessThanOrEqual(e.t);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no RST is ever answered, except by the RFC 5961 challenge ACK of an in-window RST', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const trace = run(s);
        const arrived = new Map<number, TraceSegment>();
        for (const e of trace.events) {
          if (e.type === 'deliver') arrived.set(e.segment.id, e.segment);
          if (e.type !== 'send' || e.cause === null) continue;
          const cause = arrived.get(e.cause);
          expect(cause).toBeDefined();
          if (!cause?.flags.includes('RST')) continue;
          expect([trace.summary.profile, e.rule, e.segment.flags]).toEqual([
            'rfc9293',
            'O-2/challenge',
            ['ACK'],
          ]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("every socket's state changes chain up, and the summary shows the last one", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const trace = run(s);
        const last = new Map<string, string>();
        for (const e of trace.events) {
          if (e.type !== 'state') continue;
          const prev = last.get(e.socket);
          // A listener's child starts in the listener's LISTEN (the RFC's single-TCB view).
          expect(prev === undefined ? ['CLOSED', 'LISTEN'] : [prev]).toContain(e.from);
          expect(e.to).not.toBe(e.from);
          last.set(e.socket, e.to);
        }
        for (const k of trace.summary.sockets) expect(k.finalState).toBe(last.get(k.socket));
      }),
      { numRuns: RUNS },
    );
  });

  it('runs to completion: every connect() gets an answer, no socket is left waiting on a timer', () => {
    fc.assert(
      fc.property(liveScenario, (s) => {
        const trace = run(s);
        expect(trace.summary.truncated).toBe(false);
        const pending = new Set<string>();
        for (const e of trace.events) {
          if (e.type !== 'app' || e.call !== 'connect' || !e.socket) continue;
          if (e.result === undefined) pending.add(e.socket);
          else pending.delete(e.socket);
        }
        expect([...pending]).toEqual([]);
        const waiting = trace.summary.sockets.filter((k) => TIMED_STATES.has(k.finalState));
        expect(waiting.map((k) => `${k.socket} ${k.finalState}`)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the three-way handshake never ends with a phantom connection', () => {
    fc.assert(
      fc.property(
        scenario.map((s) => ({ ...s, protocol: 'three-way' as const })),
        (s) => checkThreeWayEnds(run(s), s),
      ),
      { numRuns: 200 },
    );
  });

  it('the two-way handshake does, whenever the old duplicate SYN arrives', () => {
    fc.assert(
      fc.property(twoWayStory, (s) => {
        const phantoms = run(s).summary.anomalies.filter((a) => a.kind === 'phantom-connection');
        expect(phantoms.map((a) => [a.host, a.t])).toContainEqual(['server', 1]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the same stories under the three-way handshake leave no phantom', () => {
    fc.assert(
      fc.property(twoWayStory, (s) => checkThreeWay(run({ ...s, protocol: 'three-way' }))),
      { numRuns: RUNS },
    );
  });
});
