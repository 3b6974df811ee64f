// Lost SYN, lost SYN-ACK and lost final ACK with their exact retransmission times, and the
// RFC 6298 timer rules behind them: 1 s initial RTO (2.1), doubling (5.5), the 60 s cap
// (2.5, profile.ts), the 3 s RTO for data after a retransmitted SYN (5.7), Karn's rule (§3),
// and RFC 9293's retry limits (§3.8.3: at least 3 minutes for a SYN, R2 for data).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import { PROFILES } from './profile.ts';
import type { Action, Fault, Scenario } from './scenario.ts';
import { examplePath, parseExample } from './test-helpers/examples.ts';
import {
  appLog,
  clientAlone,
  established,
  inject,
  listenerAlone,
  retransmitTimerSets,
  stateLog,
  timedWire,
} from './test-helpers/views.ts';

const example = (name: string): Scenario =>
  parseExample(name, readFileSync(new URL(examplePath(name), import.meta.url), 'utf8'));

function withActions(s: Scenario, ...actions: Action[]): Scenario {
  return { ...s, actions: [...(s.actions ?? []), ...actions] };
}

/** [set time, RTO] of each retransmission-timer set on one host. */
function rtos(s: Scenario, host: 'client' | 'server'): [number, number | undefined][] {
  return retransmitTimerSets(simulate(s), host).map((e) => [e.t, e.rto]);
}

describe('the RFC profile timer parameters these tests rely on', () => {
  it('uses a 1 s initial RTO, a 60 s cap, 3 s after a retransmitted SYN, 180 s for SYNs, 100 s for data', () => {
    for (const p of [PROFILES.rfc9293, PROFILES.rfc793]) {
      expect([
        p.rtoInitialMs,
        p.rtoMaxMs,
        p.rtoAfterSynRetransmitMs,
        p.synGiveUp,
        p.synAckGiveUp,
        p.dataGiveUpMs,
      ]).toEqual([
        1000,
        60_000,
        3000,
        { kind: 'elapsed', ms: 180_000 },
        { kind: 'elapsed', ms: 180_000 },
        100_000,
      ]);
    }
  });
});

describe('lost SYN', () => {
  const scenario = example('lost-syn.json');

  it('resends the SYN after 1 s and completes the handshake one RTO late', () => {
    expect(timedWire(simulate(scenario))).toEqual([
      '0 client SYN seq=100 ack=- len=0', // dropped
      '1000 client SYN seq=100 ack=- len=0',
      '1050 server SYN,ACK seq=300 ack=101 len=0',
      '1100 client ACK seq=101 ack=301 len=0',
      '2000 client ACK seq=101 ack=301 len=100',
      '2050 server ACK seq=301 ack=201 len=0',
    ]);
  });

  it('backs off 1 s → 2 s, then times the first data with 3 s (RFC 6298 (5.7)), not an RTT estimate (Karn)', () => {
    expect(rtos(scenario, 'client')).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 3000],
    ]);
  });

  it('re-initializes it to 3 s even after two SYN timeouts backed it off to 4 s (RFC 6298 (5.7))', () => {
    const dropSyn = (nth: number): Fault => ({
      match: { from: 'client', flags: ['SYN'], nth },
      action: 'drop',
    });
    const twice: Scenario = { ...scenario, faults: [dropSyn(1), dropSyn(2)] };
    expect(rtos(twice, 'client')).toEqual([
      [0, 1000],
      [1000, 2000],
      [3000, 4000],
      // The data waited for the handshake, which completed at 3.1 s.
      [3100, 3000],
    ]);
  });

  it('takes an RTT sample from the data once it is acknowledged: the next RTO is 1 s again', () => {
    // 100 ms sample: SRTT 100, RTTVAR 50, RTO = max(1 s, 100 + 4·50) = 1 s (RFC 6298 (2.2), (2.4)).
    const s = withActions(scenario, { at: 3000, host: 'client', call: 'send', bytes: 10 });
    expect(rtos(s, 'client').at(-1)).toEqual([3000, 1000]);
  });

  it('leaves the server, which did not retransmit and sampled 100 ms, at RTO 1 s', () => {
    const s = withActions(scenario, { at: 3000, host: 'server', call: 'send', bytes: 10 });
    expect(rtos(s, 'server')).toEqual([
      [1050, 1000],
      [3000, 1000],
    ]);
  });
});

describe('lost SYN-ACK', () => {
  const scenario = example('lost-syn-ack.json');
  const trace = simulate(scenario);

  it('resends both the SYN (client, 1 s) and the SYN,ACK (server, 1.05 s)', () => {
    expect(timedWire(trace)).toEqual([
      '0 client SYN seq=100 ack=- len=0',
      '50 server SYN,ACK seq=300 ack=101 len=0', // dropped
      '1000 client SYN seq=100 ack=- len=0',
      // The duplicate SYN arrives in SYN-RECEIVED below RCV.NXT: unacceptable, so an ACK
      // <SEQ=SND.NXT><ACK=RCV.NXT> (RFC 9293 §3.10.7.4), before the timer fires at the same instant.
      '1050 server ACK seq=301 ack=101 len=0',
      '1050 server SYN,ACK seq=300 ack=101 len=0',
      '1100 client ACK seq=101 ack=301 len=0',
    ]);
    const rules = trace.events
      .filter((e) => e.type === 'deliver')
      .map((e) => `${e.t} ${e.host} ${e.rule}`);
    expect(rules).toEqual([
      '50 server L-3',
      '1050 server O-1',
      '1100 client SS-5',
      '1100 client SS-4',
      '1150 server O-5',
    ]);
  });

  it('gives both sides a 3 s RTO for their first data, since both retransmitted a SYN (RFC 6298 (5.7))', () => {
    const s = withActions(
      scenario,
      { at: 2000, host: 'client', call: 'send', bytes: 10 },
      { at: 2000, host: 'server', call: 'send', bytes: 10 },
    );
    expect(rtos(s, 'client')).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 3000],
    ]);
    expect(rtos(s, 'server')).toEqual([
      [50, 1000],
      [1050, 2000],
      [2000, 3000],
    ]);
  });
});

describe('lost final ACK', () => {
  const scenario = example('lost-final-ack.json');

  it('leaves the server in SYN-RECEIVED until its SYN,ACK is resent at 1.05 s and answered', () => {
    const trace = simulate(scenario);
    expect(timedWire(trace)).toEqual([
      '0 client SYN seq=100 ack=- len=0',
      '50 server SYN,ACK seq=300 ack=101 len=0',
      '100 client ACK seq=101 ack=301 len=0', // dropped
      '1050 server SYN,ACK seq=300 ack=101 len=0',
      '1100 client ACK seq=101 ack=301 len=0', // O-1: the SYN,ACK is below RCV.NXT
    ]);
    expect(stateLog(trace, 'server').slice(1)).toEqual([
      'server/s2 LISTEN>SYN-RECEIVED [L-3]',
      'server/s2 SYN-RECEIVED>ESTABLISHED [O-5]',
    ]);
    expect(trace.summary.sockets.find((k) => k.socket === 's2')?.establishedAt).toBe(1150);
  });

  it('gives the server 3 s for data after its SYN,ACK was resent, the client 1 s (it has a sample)', () => {
    const s = withActions(
      scenario,
      { at: 2000, host: 'client', call: 'send', bytes: 10 },
      { at: 2000, host: 'server', call: 'send', bytes: 10 },
    );
    expect(rtos(s, 'server').at(-1)).toEqual([2000, 3000]);
    expect(rtos(s, 'client').at(-1)).toEqual([2000, 1000]);
  });

  it('needs no retransmission when data carrying ACK 301 follows: it completes the server side', () => {
    const trace = simulate(
      withActions(scenario, { at: 200, host: 'client', call: 'send', bytes: 10 }),
    );
    expect(timedWire(trace).slice(2)).toEqual([
      '100 client ACK seq=101 ack=301 len=0', // dropped
      '200 client ACK seq=101 ack=301 len=10',
      '250 server ACK seq=301 ack=111 len=0',
    ]);
    expect(appLog(trace, 'server')).toEqual(['listen ok', 'accept ok', 'receive 10']);
  });
});

describe('giving up', () => {
  it('sends SYNs at 0, 1, 3, 7, 15, 31, 63, 123 s and fails connect() at 183 s (R2 = 3 min, 60 s cap)', () => {
    // The server is down: every SYN is lost at its host.
    const trace = simulate(clientAlone());
    expect(timedWire(trace)).toEqual(
      [0, 1, 3, 7, 15, 31, 63, 123].map((s) => `${s * 1000} client SYN seq=100 ack=- len=0`),
    );
    expect(retransmitTimerSets(trace, 'client').map((e) => e.rto)).toEqual([
      1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000,
    ]);
    expect(stateLog(trace)).toEqual([
      'client/c1 CLOSED>SYN-SENT [U-OPEN]',
      'client/c1 SYN-SENT>CLOSED [T-RTO/give-up]',
    ]);
    expect(trace.events.filter((e) => e.type === 'state' && e.to === 'CLOSED')[0]?.t).toBe(183_000);
    expect(appLog(trace, 'client')).toEqual(['connect timeout']);
    expect(trace.summary.anomalies.map((a) => [a.kind, a.result, a.t])).toEqual([
      ['connect-failed', 'timeout', 183_000],
    ]);
  });

  it('resends a SYN,ACK nobody answers on the same schedule and drops the half-open connection at 183 s', () => {
    const trace = simulate(listenerAlone([inject(10, 'server', ['SYN'], 90)]));
    const synAcks = timedWire(trace).filter((r) => r.includes('SYN,ACK'));
    expect(synAcks).toEqual(
      [0, 1, 3, 7, 15, 31, 63, 123].map(
        (s) => `${s * 1000 + 10} server SYN,ACK seq=300 ack=91 len=0`,
      ),
    );
    const gone = trace.events.find(
      (e) => e.type === 'state' && e.socket === 's2' && e.from === 'SYN-RECEIVED',
    );
    expect(gone && [gone.t, gone.type === 'state' && gone.rule]).toEqual([
      183_010,
      'T-RTO/give-up',
    ]);
  });

  it('gives up on unacknowledged data once R2 (100 s) has passed: resends at +1, +3, +7, +15, +31, +63 s', () => {
    const trace = simulate(
      established({
        actions: [
          { at: 500, host: 'server', call: 'crash' },
          { at: 1000, host: 'client', call: 'send', bytes: 10 },
        ],
      }),
    );
    const data = timedWire(trace).filter((r) => r.includes('len=10'));
    expect(data).toEqual(
      [1000, 2000, 4000, 8000, 16000, 32000, 64000].map(
        (t) => `${t} client ACK seq=101 ack=301 len=10`,
      ),
    );
    const closed = trace.events.find(
      (e) => e.type === 'state' && e.socket === 'c1' && e.to === 'CLOSED',
    );
    expect(closed?.t).toBe(124_000); // the expiry after +63 s comes at +123 s >= 100 s
    expect(appLog(trace, 'client')).toContain('receive timeout');
  });
});

describe('lost FIN', () => {
  it('resends the FIN with the RTO doubling, 1 s then 2 s, until it is acknowledged', () => {
    const trace = simulate(
      established({
        actions: [{ at: 1000, host: 'client', call: 'close' }],
        faults: [1, 2].map((nth) => ({
          match: { from: 'client' as const, flags: ['FIN' as const, 'ACK' as const], nth },
          action: 'drop' as const,
        })),
      }),
    );
    expect(timedWire(trace).slice(3)).toEqual([
      '1000 client FIN,ACK seq=101 ack=301 len=0',
      '2000 client FIN,ACK seq=101 ack=301 len=0',
      '4000 client FIN,ACK seq=101 ack=301 len=0',
      '4050 server ACK seq=301 ack=102 len=0',
    ]);
    expect(stateLog(trace).slice(-2)).toEqual([
      'server/s2 ESTABLISHED>CLOSE-WAIT [O-8]',
      'client/c1 FIN-WAIT-1>FIN-WAIT-2 [O-5]',
    ]);
  });
});

describe("Karn's rule and backoff on data", () => {
  it('takes no RTT sample from a retransmitted segment and keeps the backed-off RTO until a clean sample', () => {
    // The first data segment (the client's second ACK-flagged segment) is lost.
    const trace = simulate(
      established({
        faults: [{ match: { from: 'client', flags: ['ACK'], nth: 2 }, action: 'drop' }],
        actions: [
          { at: 1000, host: 'client', call: 'send', bytes: 10 },
          { at: 3000, host: 'client', call: 'send', bytes: 10 },
          { at: 4000, host: 'client', call: 'send', bytes: 10 },
        ],
      }),
    );
    expect(timedWire(trace).filter((r) => r.includes('client') && r.includes('len=10'))).toEqual([
      '1000 client ACK seq=101 ack=301 len=10',
      '2000 client ACK seq=101 ack=301 len=10', // RTO 1 s expired
      '3000 client ACK seq=111 ack=301 len=10',
      '4000 client ACK seq=121 ack=301 len=10',
    ]);
    expect(retransmitTimerSets(trace, 'client').map((e) => [e.t, e.rto])).toEqual([
      [0, 1000], // SYN
      [1000, 1000], // RTO from the SYN's 100 ms sample
      [2000, 2000], // backed off
      [3000, 2000], // the ACK at 2100 was for a retransmission: no sample, backoff kept
      [4000, 1000], // the ACK at 3100 gave a clean 100 ms sample
    ]);
  });
});
