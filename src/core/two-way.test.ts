// The old-duplicate-SYN story of shared/tcp-notes.md §4.3: an earlier incarnation's SYN
// (SEQ 90) and its request "DEBIT 100" (SEQ 91, ACK 201, 9 octets) reach a listening
// server (ISN 300) while the client is CLOSED. Under the two-way contrast protocol the
// server commits on the SYN and executes the request again; under TCP it does not.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import type { Scenario } from './scenario.ts';
import { examplePath, parseExample } from './test-helpers/examples.ts';
import {
  appLog,
  established,
  finalState,
  repliesTo,
  stateLog,
  staleDeliveries,
  timedWire,
  wire,
} from './test-helpers/views.ts';

const example = (name: string): Scenario =>
  parseExample(name, readFileSync(new URL(examplePath(name), import.meta.url), 'utf8'));

describe('two-way handshake: the old duplicate SYN story', () => {
  const trace = simulate(example('old-duplicate-syn-two-way.json'));

  it('commits on the old SYN and delivers the stale "DEBIT 100"', () => {
    expect(timedWire(trace)).toEqual([
      '10 server SYN,ACK seq=300 ack=91 len=0', // step 3: B is already ESTABLISHED
      '20 server ACK seq=301 ack=100 len=0', // step 4: the 9 stale octets were accepted
      '60 client RST seq=91 ack=- len=0', // step 5: C-1 answer to the SYN,ACK
      '70 client RST seq=100 ack=- len=0', // step 6: C-1 answer to the ACK
    ]);
    expect(stateLog(trace, 'server').slice(1)).toEqual([
      'server/s2 LISTEN>ESTABLISHED [L-3/2WH]',
      'server/s2 ESTABLISHED>CLOSED [O-2]', // only RST 100, at RCV.NXT, kills it
    ]);
    expect(appLog(trace, 'server')).toEqual([
      'listen ok',
      'accept ok',
      'receive 9',
      'receive reset',
    ]);
  });

  it('ignores RST 91, which arrives when RCV.NXT is already 100 (step 5)', () => {
    const rst91 = trace.events.find(
      (e) => e.type === 'deliver' && e.segment.flags.includes('RST') && e.segment.seq === 91,
    );
    expect(rst91?.type === 'deliver' && [rst91.t, rst91.rule, rst91.discarded]).toEqual([
      110,
      'O-1',
      true,
    ]);
  });

  it('reports a phantom connection and stale data delivered', () => {
    expect(trace.summary.anomalies.map((a) => [a.kind, a.host, a.t, a.until, a.bytes])).toEqual([
      ['phantom-connection', 'server', 10, 120, undefined],
      ['stale-data-delivered', 'server', 20, undefined, 9],
    ]);
  });
});

describe('three-way handshake: the same old segments', () => {
  const trace = simulate(example('old-duplicate-syn-three-way.json'));

  it('answers the stale data with RST 201 and delivers nothing', () => {
    const [, data] = staleDeliveries(trace);
    expect(data?.segment.payload).toBe('DEBIT 100');
    expect(data && [data.rule, data.discarded]).toEqual(['O-5', true]);
    expect(data && repliesTo(trace, data.segment.id)).toEqual(['server RST seq=201 ack=- len=0']);
    expect(appLog(trace, 'server')).toEqual(['listen ok']);
  });

  it('returns the half-open SYN-RECEIVED to LISTEN on the client RST 91', () => {
    expect(wire(trace)).toEqual([
      'server SYN,ACK seq=300 ack=91 len=0',
      'server RST seq=201 ack=- len=0',
      'client RST seq=91 ack=- len=0',
    ]);
    expect(stateLog(trace, 'server').slice(1)).toEqual([
      'server/s2 LISTEN>SYN-RECEIVED [L-3]',
      'server/s2 SYN-RECEIVED>LISTEN [O-2]',
    ]);
    expect(finalState(trace, 's2')).toBe('LISTEN');
  });

  it('reports no anomaly', () => {
    expect(trace.summary.anomalies).toEqual([]);
  });

  it('would be fooled only if the new ISS equalled the old incarnation one (ACK 201 = ISS+1)', () => {
    // tcp-notes §4.3, last paragraph: the protection rests on Y being new.
    const s = example('old-duplicate-syn-three-way.json');
    const fooled = simulate({ ...s, server: { isn: 200 } });
    expect(fooled.summary.anomalies.map((a) => a.kind)).toEqual([
      'phantom-connection',
      'stale-data-delivered',
    ]);
  });
});

describe('two-way protocol basics', () => {
  it('has no third segment: the responder is ESTABLISHED on the SYN, the initiator on the SYN,ACK', () => {
    const trace = simulate(
      established({
        protocol: 'two-way',
        actions: [{ at: 200, host: 'client', call: 'send', bytes: 5 }],
      }),
    );
    expect(timedWire(trace)).toEqual([
      '0 client SYN seq=100 ack=- len=0',
      '50 server SYN,ACK seq=300 ack=101 len=0',
      '200 client ACK seq=101 ack=301 len=5',
      '250 server ACK seq=301 ack=106 len=0',
    ]);
    expect(stateLog(trace).slice(2)).toEqual([
      'server/s2 LISTEN>ESTABLISHED [L-3/2WH]',
      'client/c1 SYN-SENT>ESTABLISHED [SS-4]',
    ]);
    expect(trace.summary.anomalies).toEqual([]);
  });

  it('answers a retransmitted SYN with the SYN,ACK again when the first one was lost', () => {
    const trace = simulate(
      established({
        protocol: 'two-way',
        faults: [{ match: { from: 'server', flags: ['SYN', 'ACK'], nth: 1 }, action: 'drop' }],
      }),
    );
    expect(timedWire(trace)).toEqual([
      '0 client SYN seq=100 ack=- len=0',
      '50 server SYN,ACK seq=300 ack=101 len=0',
      '1000 client SYN seq=100 ack=- len=0',
      '1050 server SYN,ACK seq=300 ack=101 len=0',
    ]);
    expect(finalState(trace, 'c1')).toBe('ESTABLISHED');
  });
});

describe('three-way handshake: the server application closes the half-open connection', () => {
  // An RFC 9293 gap the engine closes: CLOSE in SYN-RECEIVED sends a FIN and enters
  // FIN-WAIT-1 (§3.10.4) before our SYN is acknowledged, and the letter of §3.10.7.4 gives
  // FIN-WAIT-1 ESTABLISHED processing, where ACK 201 would count as a duplicate
  // (201 =< SND.UNA = 300) and the old text would be delivered. The engine keeps the
  // SYN-RECEIVED ACK test until our SYN is acknowledged, so the handshake's promise
  // (nothing delivered before the peer proves it holds ISS+1, tcp-notes §4.2) holds.
  const s = example('old-duplicate-syn-three-way.json');
  const trace = simulate({
    ...s,
    actions: [...(s.actions ?? []), { at: 15, host: 'server', call: 'close' }],
  });

  it('sends the FIN of the close (SEQ 301, ACK 91)', () => {
    expect(wire(trace).slice(0, 2)).toEqual([
      'server SYN,ACK seq=300 ack=91 len=0',
      'server FIN,ACK seq=301 ack=91 len=0',
    ]);
  });

  it('still delivers nothing from the old incarnation and reports no anomaly', () => {
    expect(appLog(trace, 'server').filter((x) => /^receive \d+$/.test(x))).toEqual([]);
    expect(
      trace.summary.anomalies.filter(
        (a) => a.kind === 'phantom-connection' || a.kind === 'stale-data-delivered',
      ),
    ).toEqual([]);
  });
});
