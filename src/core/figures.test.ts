// RFC 9293 Figures 6–13, each reproduced segment by segment from its docs/examples file
// with the figure's own numbers (shared/tcp-notes.md §1 tabulates them). Every row of a
// figure becomes one string "from FLAGS seq=S ack=A len=N"; states are checked after.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import type { Scenario } from './scenario.ts';
import { examplePath, parseExample } from './test-helpers/examples.ts';
import {
  appLog,
  finalState,
  stateAt,
  stateLog,
  states,
  timedWire,
  wire,
} from './test-helpers/views.ts';

const example = (name: string): Scenario =>
  parseExample(name, readFileSync(new URL(examplePath(name), import.meta.url), 'utf8'));

describe('RFC 9293 Figure 6: basic three-way handshake', () => {
  const trace = simulate(example('fig06-basic-handshake.json'));

  it('sends SYN 100, SYN,ACK 300/101, ACK 101/301, then data at SEQ 101 ACK 301', () => {
    expect(wire(trace).slice(0, 4)).toEqual([
      'client SYN seq=100 ack=- len=0', // line 2
      'server SYN,ACK seq=300 ack=101 len=0', // line 3
      'client ACK seq=101 ack=301 len=0', // line 4
      'client ACK seq=101 ack=301 len=10', // line 5: the ACK used no sequence space
    ]);
  });

  it('moves A to SYN-SENT then ESTABLISHED, B from LISTEN through SYN-RECEIVED', () => {
    expect(stateLog(trace)).toEqual([
      'server/s1 CLOSED>LISTEN [U-OPEN]',
      'client/c1 CLOSED>SYN-SENT [U-OPEN]',
      'server/s2 LISTEN>SYN-RECEIVED [L-3]',
      'client/c1 SYN-SENT>ESTABLISHED [SS-4]',
      'server/s2 SYN-RECEIVED>ESTABLISHED [O-5]',
    ]);
    const synRcvd = states(trace, 'server').find((e) => e.to === 'SYN-RECEIVED');
    expect(synRcvd?.opened).toBe('passive');
    expect(appLog(trace, 'server')).toContain('receive 10');
  });
});

describe('RFC 9293 Figure 7: simultaneous open', () => {
  const trace = simulate(example('fig07-simultaneous-open.json'));

  it('gives lines 2-7 of the figure, plus the two ACKs the processing rules add', () => {
    // The figure shows each SYN,ACK (lines 6 and 7) completing the open. By the letter of
    // RFC 9293 §3.10.7.4 a SYN,ACK arriving in active SYN-RECEIVED has SEG.SEQ = IRS =
    // RCV.NXT-1 and fails the acceptability test, so it draws <SEQ=SND.NXT><ACK=RCV.NXT>
    // and each side is ESTABLISHED on the other's ACK (tcp-notes §1.2, RFC 9293 App. A.2).
    expect(timedWire(trace)).toEqual([
      '0 client SYN seq=100 ack=- len=0', // line 2 (delayed)
      '0 server SYN seq=300 ack=- len=0', // line 3
      '50 client SYN,ACK seq=100 ack=301 len=0', // line 5 (delayed), triggered by line 3
      '150 server SYN,ACK seq=300 ack=101 len=0', // line 6, triggered by line 4
      '200 client ACK seq=101 ack=301 len=0', // rules: line 6 fails O-1 at A
      '250 server ACK seq=301 ack=101 len=0', // rules: line 7 fails O-1 at B
    ]);
    expect(trace.events.filter((e) => e.type === 'deliver' && e.rule === 'O-1').length).toBe(2);
  });

  it('passes both sides through active SYN-RECEIVED to ESTABLISHED', () => {
    expect(stateLog(trace)).toEqual([
      'client/c1 CLOSED>SYN-SENT [U-OPEN]',
      'server/s1 CLOSED>SYN-SENT [U-OPEN]',
      'client/c1 SYN-SENT>SYN-RECEIVED [SS-4]', // line 3
      'server/s1 SYN-SENT>SYN-RECEIVED [SS-4]', // line 4
      'server/s1 SYN-RECEIVED>ESTABLISHED [O-5]',
      'client/c1 SYN-RECEIVED>ESTABLISHED [O-5]',
    ]);
    expect(
      states(trace)
        .filter((e) => e.to === 'SYN-RECEIVED')
        .map((e) => e.opened),
    ).toEqual(['active', 'active']);
    expect(appLog(trace, 'client')).toEqual(['connect ok']);
    expect(appLog(trace, 'server')).toEqual(['connect ok']);
  });
});

describe('RFC 9293 Figure 8: recovery from an old duplicate SYN', () => {
  const trace = simulate(example('fig08-old-duplicate-syn.json'));

  it('resets the connection the old SYN 90 started, then completes with ISN 400', () => {
    expect(wire(trace)).toEqual([
      'client SYN seq=100 ack=- len=0', // line 2 (delayed)
      'server SYN,ACK seq=300 ack=91 len=0', // line 4, answering the old SYN of line 3
      'client RST seq=91 ack=- len=0', // line 5: SS-1, 91 =< ISS
      'server SYN,ACK seq=400 ack=101 len=0', // line 7, answering line 6
      'client ACK seq=101 ack=401 len=0', // line 8
    ]);
  });

  it('returns B to LISTEN on the RST (passive open), and keeps A in SYN-SENT until line 7', () => {
    expect(stateLog(trace)).toEqual([
      'server/s1 CLOSED>LISTEN [U-OPEN]',
      'client/c1 CLOSED>SYN-SENT [U-OPEN]',
      'server/s2 LISTEN>SYN-RECEIVED [L-3]',
      'server/s2 SYN-RECEIVED>LISTEN [O-2]',
      'server/s3 LISTEN>SYN-RECEIVED [L-3]',
      'client/c1 SYN-SENT>ESTABLISHED [SS-4]',
      'server/s3 SYN-RECEIVED>ESTABLISHED [O-5]',
    ]);
    expect(trace.summary.anomalies).toEqual([]);
  });
});

describe('RFC 9293 Figure 9: half-open connection discovery', () => {
  const rows = [
    'client SYN seq=400 ack=- len=0', // line 3
    'server ACK seq=300 ack=100 len=0', // line 4
    'client RST seq=100 ack=- len=0', // line 5
    'client SYN seq=400 ack=- len=0', // line 7: A retransmits; Figure 6 again
    'server SYN,ACK seq=600 ack=401 len=0',
    'client ACK seq=401 ack=601 len=0',
  ];

  it('with RFC 5961 (default): the SYN draws a challenge ACK 300/100, A resets, B aborts', () => {
    const trace = simulate(example('fig09-half-open-discovery.json'));
    expect(wire(trace).slice(3)).toEqual(rows);
    const challenge = trace.events.find(
      (e) => e.type === 'send' && e.segment.seq === 300 && e.segment.ack === 100,
    );
    expect(challenge?.type === 'send' && challenge.rule).toBe('O-4/challenge');
    expect(stateLog(trace, 'server').slice(3)).toEqual([
      'server/s2 ESTABLISHED>CLOSED [O-2]', // line 5: (Abort!!)
      'server/s3 LISTEN>SYN-RECEIVED [L-3]',
      'server/s3 SYN-RECEIVED>ESTABLISHED [O-5]',
    ]);
    expect(stateAt(trace, 'c2', 3100)).toBe('SYN-SENT'); // line 6
    expect(appLog(trace, 'server')).toContain('receive reset');
    const halfOpen = trace.summary.anomalies.find((a) => a.kind === 'half-open');
    expect(halfOpen).toMatchObject({ host: 'server', t: 1000, until: 3150 });
  });

  it('legacy (rfc793) with B receive window 200: the same rows, from the window check (O-1)', () => {
    const s = example('fig09-half-open-discovery.json');
    const trace = simulate({ ...s, profile: 'rfc793', server: { ...s.server, window: 200 } });
    expect(wire(trace).slice(3)).toEqual(rows);
    const ack = trace.events.find(
      (e) => e.type === 'send' && e.segment.seq === 300 && e.segment.ack === 100,
    );
    expect(ack?.type === 'send' && ack.rule).toBe('O-1');
  });
  it('legacy (rfc793) with a window large enough to hold SEQ 400: B resets instead, and the open is refused', () => {
    // tcp-notes §1.4 window precondition: the SYN is in the window, so O-4 (legacy) answers
    // with the §3.5.2 reset <SEQ=0><ACK=401><CTL=RST,ACK>, which A in SYN-SENT accepts (SS-2).
    const s = example('fig09-half-open-discovery.json');
    const trace = simulate({ ...s, profile: 'rfc793' });
    expect(wire(trace).slice(3)).toEqual([
      'client SYN seq=400 ack=- len=0',
      'server RST,ACK seq=0 ack=401 len=0',
    ]);
    expect(appLog(trace, 'client')).toEqual([
      'connect ok',
      'crash ok',
      'restart ok',
      'connect refused',
    ]);
  });
});

describe('RFC 9293 Figure 10: active side causes half-open connection discovery', () => {
  const trace = simulate(example('fig10-active-side-half-open.json'));

  it('answers B data 300/100 from a rebooted A with RST 100, and B aborts', () => {
    expect(wire(trace).slice(3)).toEqual([
      'server ACK seq=300 ack=100 len=10', // line 2
      'client RST seq=100 ack=- len=0', // line 3: A has no TCB (C-1), ACK bit set
    ]);
    const rst = trace.events.find((e) => e.type === 'send' && e.segment.flags.includes('RST'));
    expect(rst?.type === 'send' && [rst.rule, rst.socket]).toEqual(['C-1', null]);
    expect(stateLog(trace, 'server').at(-1)).toBe('server/s2 ESTABLISHED>CLOSED [O-2]');
    expect(finalState(trace, 's2')).toBe('CLOSED');
    expect(appLog(trace, 'server')).toContain('receive reset');
  });
});

describe('RFC 9293 Figure 11: old duplicate SYN initiates a reset on two passive sockets', () => {
  const trace = simulate(example('fig11-old-syn-two-passive.json'));

  it('B answers SYN,ACK X/Z+1, A (LISTEN) resets with Z+1, B returns to LISTEN', () => {
    expect(wire(trace)).toEqual([
      'server SYN,ACK seq=300 ack=91 len=0', // line 3
      'client RST seq=91 ack=- len=0', // line 4: L-2
    ]);
    expect(stateLog(trace)).toEqual([
      'client/c1 CLOSED>LISTEN [U-OPEN]',
      'server/s1 CLOSED>LISTEN [U-OPEN]',
      'server/s2 LISTEN>SYN-RECEIVED [L-3]',
      'server/s2 SYN-RECEIVED>LISTEN [O-2]',
    ]);
    expect(finalState(trace, 'c1')).toBe('LISTEN');
    expect(finalState(trace, 's1')).toBe('LISTEN');
  });
});

describe('RFC 9293 Figure 12: normal close sequence', () => {
  const trace = simulate(example('fig12-normal-close.json'));

  it('sends FIN 100/300, ACK 300/101, FIN 300/101, ACK 101/301', () => {
    expect(wire(trace).slice(3)).toEqual([
      'client FIN,ACK seq=100 ack=300 len=0', // line 2
      'server ACK seq=300 ack=101 len=0', // line 3
      'server FIN,ACK seq=300 ack=101 len=0', // line 4
      'client ACK seq=101 ack=301 len=0', // line 5
    ]);
  });

  it('walks FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT for 2 MSL at A and CLOSE-WAIT, LAST-ACK at B', () => {
    expect(stateLog(trace).slice(5)).toEqual([
      'client/c1 ESTABLISHED>FIN-WAIT-1 [U-CLOSE]',
      'server/s2 ESTABLISHED>CLOSE-WAIT [O-8]',
      'client/c1 FIN-WAIT-1>FIN-WAIT-2 [O-5]',
      'server/s2 CLOSE-WAIT>LAST-ACK [U-CLOSE]',
      'client/c1 FIN-WAIT-2>TIME-WAIT [O-8]',
      'server/s2 LAST-ACK>CLOSED [O-5]',
      'client/c1 TIME-WAIT>CLOSED [T-2MSL]',
    ]);
    const tw = states(trace, 'client').filter(
      (e) => e.to === 'TIME-WAIT' || (e.from === 'TIME-WAIT' && e.to === 'CLOSED'),
    );
    expect(tw.map((e) => e.t)).toEqual([2050, 2050 + 240_000]); // 2 × MSL (120 s)
  });
});

describe('RFC 9293 Figure 13: simultaneous close sequence', () => {
  const trace = simulate(example('fig13-simultaneous-close.json'));

  it('crosses the FINs and the ACKs with the figure numbers', () => {
    expect(timedWire(trace).slice(3)).toEqual([
      '1000 client FIN,ACK seq=100 ack=300 len=0', // line 2a (delayed)
      '1000 server FIN,ACK seq=300 ack=100 len=0', // line 2b
      '1050 client ACK seq=101 ack=301 len=0', // line 3a (delayed)
      '1150 server ACK seq=301 ack=101 len=0', // line 3b
    ]);
  });

  it('takes both sides through CLOSING to TIME-WAIT, then CLOSED after 2 MSL', () => {
    expect(stateLog(trace).slice(5)).toEqual([
      'client/c1 ESTABLISHED>FIN-WAIT-1 [U-CLOSE]',
      'server/s2 ESTABLISHED>FIN-WAIT-1 [U-CLOSE]',
      'client/c1 FIN-WAIT-1>CLOSING [O-8]', // 2b
      'server/s2 FIN-WAIT-1>CLOSING [O-8]', // 2c
      'client/c1 CLOSING>TIME-WAIT [O-5]', // 3b
      'server/s2 CLOSING>TIME-WAIT [O-5]', // 3c
      'client/c1 TIME-WAIT>CLOSED [T-2MSL]',
      'server/s2 TIME-WAIT>CLOSED [T-2MSL]',
    ]);
    expect(
      states(trace)
        .filter((e) => e.rule === 'T-2MSL')
        .map((e) => e.t),
    ).toEqual([1200 + 240_000, 1250 + 240_000]);
  });
});

describe('the other docs/examples scenarios', () => {
  it('are all valid format-v1 files with a title and notes', () => {
    const names = readdirSync(new URL(examplePath(''), import.meta.url)).filter((n) =>
      n.endsWith('.json'),
    );
    expect(names.length).toBeGreaterThanOrEqual(14);
    for (const name of names) {
      const s = example(name);
      expect([name, typeof s.title, typeof s.notes]).toEqual([name, 'string', 'string']);
    }
  });

  it('connect-closed-port: <SEQ=0><ACK=101><CTL=RST,ACK> from a port nobody listens on, connect() refused', () => {
    const trace = simulate(example('connect-closed-port.json'));
    expect(timedWire(trace)).toEqual([
      '0 client SYN seq=100 ack=- len=0',
      '50 server RST,ACK seq=0 ack=101 len=0',
    ]);
    expect(stateLog(trace)).toEqual([
      'client/c1 CLOSED>SYN-SENT [U-OPEN]',
      'client/c1 SYN-SENT>CLOSED [SS-2]',
    ]);
    expect(trace.summary.anomalies.map((a) => [a.kind, a.result])).toEqual([
      ['connect-failed', 'refused'],
    ]);
  });
});
