// The engine's rule for events at the same virtual instant (event-queue.ts): network
// arrivals (and drops) first, then timer expiries, then the scenario's user calls; within
// one kind, the order in which they were scheduled. Each case is built so the opposite
// order would give a visibly different trace.

import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import type { Scenario } from './scenario.ts';
import type { TraceEvent } from './trace.ts';
import { appLog, established, inject, stateLog, timedWire } from './test-helpers/views.ts';

const brief = (e: TraceEvent): string => {
  switch (e.type) {
    case 'deliver':
      return `deliver #${e.segment.id}`;
    case 'timer':
      return `timer ${e.timer} ${e.action}`;
    case 'app':
      return `app ${e.call}`;
    default:
      return e.type;
  }
};

describe('same-instant ordering', () => {
  it('delivers an arrival before firing a timer due at the same time', () => {
    // Lost SYN-ACK: the client's retransmitted SYN (sent at 1000) reaches the server at
    // 1050, exactly when the server's SYN-ACK timer (set at 50, RTO 1 s) fires.
    const trace = simulate(
      established({
        faults: [{ match: { from: 'server', flags: ['SYN', 'ACK'], nth: 1 }, action: 'drop' }],
      }),
    );
    const at1050 = trace.events.filter((e) => e.t === 1050 && e.host === 'server').map(brief);
    expect(at1050.slice(0, 3)).toEqual(['deliver #3', 'send', 'timer retransmit fire']);
  });

  it('fires a timer before a user call at the same time', () => {
    // Lost SYN; the application aborts at 1000, the instant the SYN timer fires: the SYN
    // is resent first. At 999 the abort comes first and nothing is resent.
    const lostSyn = (abortAt: number): Scenario =>
      established({
        faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' }],
        actions: [{ at: abortAt, host: 'client', call: 'abort' }],
      });
    const same = simulate(lostSyn(1000));
    expect(same.events.filter((e) => e.t === 1000 && e.host === 'client').map(brief)).toEqual([
      'timer retransmit fire',
      'send',
      'timer retransmit set',
      'app abort',
      'app connect',
      'timer retransmit cancel',
      'state',
    ]);
    expect(timedWire(same).map((r) => r.split(' ')[0])).toContain('1000');
    expect(timedWire(simulate(lostSyn(999)))).toEqual(['0 client SYN seq=100 ack=- len=0']);
  });

  it('delivers an arrival before a user call at the same time', () => {
    // The SYN,ACK reaches the client at 100; a send at 100 therefore finds the connection
    // ESTABLISHED and goes out on its own after the ACK. Were the call first, the data
    // would be queued in SYN-SENT and ride on the handshake's ACK.
    const trace = simulate(
      established({ actions: [{ at: 100, host: 'client', call: 'send', bytes: 10 }] }),
    );
    expect(timedWire(trace).slice(2, 4)).toEqual([
      '100 client ACK seq=101 ack=301 len=0',
      '100 client ACK seq=101 ack=301 len=10',
    ]);
    const early = simulate(
      established({ actions: [{ at: 99, host: 'client', call: 'send', bytes: 10 }] }),
    );
    expect(timedWire(early).slice(2, 3)).toEqual(['100 client ACK seq=101 ack=301 len=10']);
  });

  it('runs same-time user calls in the order the scenario lists them', () => {
    const run = (first: 'connect' | 'close', second: 'connect' | 'close'): string[] =>
      appLog(
        simulate({
          version: 1,
          client: { isn: 100 },
          actions: [
            { at: 10, host: 'client', call: first },
            { at: 10, host: 'client', call: second },
          ],
          until: 20,
        }),
        'client',
      );
    expect(run('connect', 'close')).toEqual(['close ok', 'connect closing']);
    expect(run('close', 'connect')).toEqual(['close no-connection']);
  });

  it('delivers same-time injections in the order the scenario lists them', () => {
    const run = (a: 'SYN' | 'RST', b: 'SYN' | 'RST'): string[] =>
      stateLog(
        simulate({
          version: 1,
          server: { isn: 300 },
          actions: [
            { at: 0, host: 'server', call: 'listen' },
            { at: 0, host: 'client', call: 'crash' },
          ],
          inject: [
            inject(10, 'server', [a], a === 'SYN' ? 90 : 91),
            inject(10, 'server', [b], b === 'SYN' ? 90 : 91),
          ],
          until: 500,
        }),
      );
    // SYN then RST: the RST (SEQ 91 = RCV.NXT) returns the new child to LISTEN.
    expect(run('SYN', 'RST').slice(1)).toEqual([
      'server/s2 LISTEN>SYN-RECEIVED [L-3]',
      'server/s2 SYN-RECEIVED>LISTEN [O-2]',
    ]);
    // RST then SYN: the RST meets the listener (L-1, ignored) and the child survives.
    expect(run('RST', 'SYN').slice(1)).toEqual(['server/s2 LISTEN>SYN-RECEIVED [L-3]']);
  });

  it('places a drop at the midpoint of the link: sentAt + latency / 2', () => {
    const trace = simulate({
      ...established({
        faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' }],
      }),
      latencyMs: { clientToServer: 80, serverToClient: 30 },
      until: 500,
    });
    const drop = trace.events.find((e) => e.type === 'drop');
    expect(drop?.type === 'drop' && [drop.t, drop.sentAt, drop.reason]).toEqual([40, 0, 'fault']);
  });
});
