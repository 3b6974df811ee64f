// Each SEGMENT ARRIVES rule of shared/tcp-notes.md §2.5 (RFC 9293 §3.10.7): C-1, L-1 … L-4,
// SS-1 … SS-5, O-1 … O-8 (O-3 security and O-6 URG are not modelled), under both profiles
// where they differ. Crafted segments are delivered with `inject`; the tests read the
// rule the engine applied, the replies it caused and the states that follow.
//
// Most cases start from test-helpers `established()`: Figure 6 numbers, so at 150 ms the
// client (c1) has SND.NXT 101, RCV.NXT 301 and the server connection (s2) SND.NXT 301,
// RCV.NXT 101, both with a 65535-octet window.

import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import type { Injection, Scenario } from './scenario.ts';
import {
  appLog,
  delivers,
  established,
  finalState,
  inject,
  repliesTo,
  stateAt,
  stateLog,
  staleDeliveries,
  states,
  timedWire,
  wire,
} from './test-helpers/views.ts';
import { listening, outcome, probe, synSent } from './test-helpers/probes.ts';

describe('C-1: no TCB (RFC 9293 §3.10.7.1)', () => {
  const closed = (i: Injection): Scenario => ({ version: 1, inject: [i] });

  it.each([
    ['SYN', inject(10, 'server', ['SYN'], 500), 'server RST,ACK seq=0 ack=501 len=0'],
    [
      'SYN with 5 octets',
      inject(10, 'server', ['SYN'], 500, { bytes: 5 }),
      'server RST,ACK seq=0 ack=506 len=0',
    ],
    ['FIN', inject(10, 'server', ['FIN'], 10), 'server RST,ACK seq=0 ack=11 len=0'],
    ['ACK', inject(10, 'server', ['ACK'], 5, { ack: 77 }), 'server RST seq=77 ack=- len=0'],
    [
      'SYN,ACK',
      inject(10, 'server', ['SYN', 'ACK'], 5, { ack: 77 }),
      'server RST seq=77 ack=- len=0',
    ],
  ])('answers a %s with a RST built from its numbers', (_name, i, reply) => {
    const r = probe(closed(i));
    expect(outcome(r)).toBe(`C-1 (discarded): ${reply}`);
  });

  it.each([['RST'], ['RST,ACK']])('never answers a %s', (flags) => {
    const r = probe(
      closed(inject(10, 'server', flags.split(',') as Injection['flags'], 5, { ack: 77 })),
    );
    expect([r.rule, r.replies]).toEqual(['C-1', []]);
  });
});

describe('LISTEN: L-1 … L-4 (RFC 9293 §3.10.7.2)', () => {
  it('L-1 ignores a RST and a RST,ACK', () => {
    const s = listening([
      inject(10, 'server', ['RST'], 5),
      inject(20, 'server', ['RST', 'ACK'], 5, { ack: 301 }),
    ]);
    for (const n of [0, 1])
      expect(probe(s, n)).toMatchObject({ rule: 'L-1', discarded: true, replies: [] });
  });

  it('L-2 answers any ACK, even on a SYN,ACK, with <SEQ=SEG.ACK><CTL=RST> and creates nothing', () => {
    const s = listening([
      inject(10, 'server', ['ACK'], 5, { ack: 77 }),
      inject(20, 'server', ['SYN', 'ACK'], 6, { ack: 78 }),
    ]);
    expect(probe(s, 0)).toMatchObject({ rule: 'L-2', replies: ['server RST seq=77 ack=- len=0'] });
    const r = probe(s, 1);
    expect([r.rule, r.replies]).toEqual(['L-2', ['server RST seq=78 ack=- len=0']]);
    expect(stateLog(r.trace)).toEqual(['server/s1 CLOSED>LISTEN [U-OPEN]']);
  });

  it('L-3 answers a SYN with SYN,ACK <ISS><IRS+1> and a passive SYN-RECEIVED child', () => {
    const r = probe(listening([inject(10, 'server', ['SYN'], 90)]));
    expect(outcome(r)).toBe('L-3: server SYN,ACK seq=300 ack=91 len=0');
    const st = states(r.trace, 'server')[1];
    expect(st && [st.from, st.to, st.opened, st.iss, st.irs]).toEqual([
      'LISTEN',
      'SYN-RECEIVED',
      'passive',
      300,
      90,
    ]);
    expect(finalState(r.trace, 's1')).toBe('LISTEN');
  });

  it('L-3 holds text on a SYN until the connection is ESTABLISHED (RFC 9293 §3.5)', () => {
    const r = probe(
      listening([
        inject(10, 'server', ['SYN'], 90, { bytes: 5 }),
        inject(20, 'server', ['ACK'], 96, { ack: 301 }),
      ]),
      1,
    );
    expect(r.replies).toEqual(['server ACK seq=301 ack=96 len=0']);
    const receives = r.trace.events.filter((e) => e.type === 'app' && e.call === 'receive');
    expect(receives.map((e) => [e.t, e.type === 'app' && e.bytes])).toEqual([[20, 5]]);
  });

  it('L-3 drops a SYN silently when the backlog of half-open connections is full', () => {
    const s: Scenario = {
      ...listening([
        inject(10, 'server', ['SYN'], 90, { srcPort: 1000 }),
        inject(20, 'server', ['SYN'], 90, { srcPort: 1001 }),
      ]),
      actions: [
        { at: 0, host: 'server', call: 'listen', backlog: 1 },
        { at: 0, host: 'client', call: 'crash' },
      ],
    };
    expect(probe(s, 1)).toMatchObject({ rule: 'L-3/backlog-full', discarded: true, replies: [] });
  });

  it.each([[['FIN']], [[]]])('L-4 drops a segment with neither SYN, ACK nor RST (%j)', (flags) => {
    const r = probe(listening([inject(10, 'server', flags as Injection['flags'], 5)]));
    expect(outcome(r)).toBe('L-4 (discarded): no reply');
  });
});

describe('SYN-SENT: SS-1 … SS-5 (RFC 9293 §3.10.7.3)', () => {
  it('SS-1 answers an ACK =< ISS or > SND.NXT with <SEQ=SEG.ACK><CTL=RST>, state and timer unchanged', () => {
    const s = synSent([
      inject(10, 'client', ['SYN', 'ACK'], 300, { ack: 100 }),
      inject(20, 'client', ['ACK'], 300, { ack: 102 }),
    ]);
    const a = probe({ ...s, until: 1000 }, 0);
    expect([a.rule, a.discarded, a.replies]).toEqual([
      'SS-1',
      true,
      ['client RST seq=100 ack=- len=0'],
    ]);
    expect(probe(s, 1).replies).toEqual(['client RST seq=102 ack=- len=0']);
    expect(stateAt(a.trace, 'c1', 999)).toBe('SYN-SENT');
    // The retransmission timer still fires at 1 s as set by the first SYN.
    expect(timedWire(a.trace)).toContain('1000 client SYN seq=100 ack=- len=0');
  });

  it('SS-1 drops a RST whose ACK is unacceptable without a reply', () => {
    const r = probe(synSent([inject(10, 'client', ['RST', 'ACK'], 0, { ack: 100 })]));
    expect([r.rule, r.replies, finalState(r.trace, 'c1')]).toEqual(['SS-1', [], 'SYN-SENT']);
  });

  it('SS-2 accepts a RST that acknowledges the SYN: connection refused, CLOSED', () => {
    const r = probe(synSent([inject(10, 'client', ['RST', 'ACK'], 0, { ack: 101 })]));
    expect(outcome(r)).toBe('SS-2: no reply');
    expect(stateLog(r.trace).at(-1)).toBe('client/c1 SYN-SENT>CLOSED [SS-2]');
    expect(appLog(r.trace, 'client')).toEqual(['connect refused']);
  });

  it('SS-2 drops a RST without an ACK', () => {
    const r = probe(synSent([inject(10, 'client', ['RST'], 0)]));
    expect([r.rule, r.discarded, r.replies, finalState(r.trace, 'c1')]).toEqual([
      'SS-2',
      true,
      [],
      'SYN-SENT',
    ]);
  });

  it('SS-4 on an acceptable SYN,ACK: ESTABLISHED and <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', () => {
    const r = probe(synSent([inject(10, 'client', ['SYN', 'ACK'], 300, { ack: 101 })]));
    expect([r.rule, r.replies]).toEqual(['SS-4', ['client ACK seq=101 ack=301 len=0']]);
    expect(finalState(r.trace, 'c1')).toBe('ESTABLISHED');
  });

  it('SS-4 on a SYN without ACK (simultaneous open): active SYN-RECEIVED and a SYN,ACK', () => {
    const r = probe(synSent([inject(10, 'client', ['SYN'], 300)]));
    expect([r.rule, r.replies]).toEqual(['SS-4', ['client SYN,ACK seq=100 ack=301 len=0']]);
    expect(states(r.trace).find((e) => e.to === 'SYN-RECEIVED')).toMatchObject({
      t: 10,
      opened: 'active',
      iss: 100,
      irs: 300,
    });
  });

  it('SS-5 drops an acceptable ACK that carries neither SYN nor RST', () => {
    const r = probe(synSent([inject(10, 'client', ['ACK'], 300, { ack: 101 })]));
    expect([r.rule, r.discarded, r.replies, finalState(r.trace, 'c1')]).toEqual([
      'SS-5',
      true,
      [],
      'SYN-SENT',
    ]);
  });
});

describe('O-1: sequence number check (Table 6)', () => {
  it.each([
    ['below RCV.NXT', inject(1000, 'client', ['ACK'], 200, { ack: 101 })],
    ['old data', inject(1000, 'client', ['ACK'], 250, { ack: 101, bytes: 10 })],
    ['beyond the window', inject(1000, 'client', ['ACK'], 301 + 65535, { ack: 101 })],
  ])('answers a segment %s with <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', (_n, i) => {
    for (const profile of ['rfc9293', 'rfc793'] as const) {
      const r = probe(established({ profile, inject: [i] }));
      expect(outcome(r)).toBe('O-1 (discarded): client ACK seq=101 ack=301 len=0');
    }
  });

  it('answers a network duplicate of the SYN,ACK (a `duplicate` fault copy) with an ACK', () => {
    const trace = simulate(
      established({
        faults: [
          {
            match: { from: 'server', flags: ['SYN', 'ACK'], nth: 1 },
            action: 'duplicate',
            ms: 200,
          },
        ],
      }),
    );
    const copy = delivers(trace).find((e) => e.segment.copyOf !== undefined);
    expect(copy && [copy.t, copy.segment.copyOf, copy.rule]).toEqual([300, 2, 'O-1']);
    expect(copy && repliesTo(trace, copy.segment.id)).toEqual(['client ACK seq=101 ack=301 len=0']);
  });

  it('drops an unacceptable RST silently', () => {
    const r = probe(established({ inject: [inject(1000, 'client', ['RST'], 200)] }));
    expect([r.rule, r.replies, finalState(r.trace, 'c1')]).toEqual(['O-1', [], 'ESTABLISHED']);
  });

  it('throttles these ACKs to one per 500 ms under rfc9293 (RFC 5961 §7), not under rfc793', () => {
    const two = [
      inject(1000, 'client', ['ACK'], 200, { ack: 101 }),
      inject(1200, 'client', ['ACK'], 200, { ack: 101 }),
    ];
    expect(probe(established({ profile: 'rfc9293', inject: two }), 1).replies).toEqual([]);
    expect(probe(established({ profile: 'rfc793', inject: two }), 1).replies).toEqual([
      'client ACK seq=101 ack=301 len=0',
    ]);
    const apart = [two[0]!, inject(1500, 'client', ['ACK'], 200, { ack: 101 })];
    expect(probe(established({ profile: 'rfc9293', inject: apart }), 1).replies).toEqual([
      'client ACK seq=101 ack=301 len=0',
    ]);
  });

  it('accepts a segment whose end is in the window and delivers only the new octets', () => {
    const r = probe(
      established({ inject: [inject(1000, 'client', ['ACK'], 296, { ack: 101, bytes: 10 })] }),
    );
    expect([r.rule, r.replies]).toEqual(['O-7', ['client ACK seq=101 ack=306 len=0']]);
    expect(appLog(r.trace, 'client')).toContain('receive 5');
  });

  it('holds text that starts above RCV.NXT and delivers it once the gap is filled (SHLD-31)', () => {
    const s = established({
      inject: [
        inject(1000, 'client', ['ACK'], 311, { ack: 101, bytes: 5 }),
        inject(1100, 'client', ['ACK'], 301, { ack: 101, bytes: 10 }),
      ],
    });
    expect(probe(s, 0).replies).toEqual(['client ACK seq=101 ack=301 len=0']);
    const r = probe(s, 1);
    expect(r.replies).toEqual(['client ACK seq=101 ack=316 len=0']);
    expect(appLog(r.trace, 'client').filter((x) => x.startsWith('receive'))).toEqual([
      'receive 10',
      'receive 5',
    ]);
  });

  it('with a zero receive window accepts only an empty segment at RCV.NXT', () => {
    const s = established({
      clientWindow: 0,
      inject: [
        inject(1000, 'client', ['ACK'], 301, { ack: 101 }),
        inject(1100, 'client', ['ACK'], 301, { ack: 101, bytes: 5 }),
      ],
    });
    expect(probe(s, 0)).toMatchObject({ rule: 'O-5', replies: [] });
    expect(probe(s, 1)).toMatchObject({
      rule: 'O-1',
      discarded: true,
      replies: ['client ACK seq=101 ack=301 len=0'],
    });
  });
});

describe('O-1 with a zero receive window: valid ACKs are still processed (MUST-66)', () => {
  // RFC 9293 §3.10.7.4 first check, "If the RCV.WND is zero, no
  // segments will be acceptable, but special allowance should be made to accept valid
  // ACKs, URGs, and RSTs" (MUST-66). The client (window 0) sends 10 octets at 1 s; the
  // server's ACK of them is lost; at 1.1 s a segment with 5 octets (a zero-window probe,
  // say) carries ACK 111. Its text must be refused, but its ACK acknowledges the data.
  const trace = simulate(
    established({
      clientWindow: 0,
      actions: [{ at: 1000, host: 'client', call: 'send', bytes: 10 }],
      faults: [{ match: { from: 'server', flags: ['ACK'], nth: 1 }, action: 'drop' }],
      inject: [inject(1100, 'client', ['ACK'], 301, { ack: 111, bytes: 5 })],
      until: 3000,
    }),
  );

  it('refuses the text and answers with an ACK', () => {
    const d = staleDeliveries(trace)[0]!;
    expect([d.rule, repliesTo(trace, d.segment.id)]).toEqual([
      'O-1',
      ['client ACK seq=111 ack=301 len=0'],
    ]);
  });

  it('takes the ACK: the retransmission timer stops at 1.1 s and the data is not resent', () => {
    const cancel = trace.events.find(
      (e) => e.type === 'timer' && e.host === 'client' && e.action === 'cancel' && e.t >= 1000,
    );
    expect(cancel?.t).toBe(1100);
    expect(timedWire(trace)).not.toContain('2000 client ACK seq=101 ack=301 len=10');
  });
});

describe('O-2: RST (RFC 9293 §3.10.7.4 second check, RFC 5961 §3)', () => {
  it('resets ESTABLISHED on a RST at exactly RCV.NXT under both profiles', () => {
    for (const profile of ['rfc9293', 'rfc793'] as const) {
      const r = probe(established({ profile, inject: [inject(1000, 'client', ['RST'], 301)] }));
      expect([r.rule, r.replies]).toEqual(['O-2', []]);
      expect(stateLog(r.trace, 'client').at(-1)).toBe('client/c1 ESTABLISHED>CLOSED [O-2]');
      expect(appLog(r.trace, 'client')).toContain('receive reset');
    }
  });

  it('rfc9293: an in-window RST that is not at RCV.NXT draws a challenge ACK and changes nothing', () => {
    const r = probe(
      established({ profile: 'rfc9293', inject: [inject(1000, 'client', ['RST'], 400)] }),
    );
    expect(outcome(r)).toBe('O-2/challenge (discarded): client ACK seq=101 ack=301 len=0');
    expect(finalState(r.trace, 'c1')).toBe('ESTABLISHED');
  });

  it('rfc793: any in-window RST resets', () => {
    const r = probe(
      established({ profile: 'rfc793', inject: [inject(1000, 'client', ['RST'], 400)] }),
    );
    expect([r.rule, r.replies, finalState(r.trace, 'c1')]).toEqual(['O-2', [], 'CLOSED']);
  });

  it('active SYN-RECEIVED: "connection refused" and CLOSED', () => {
    const r = probe(
      synSent([inject(10, 'client', ['SYN'], 300), inject(20, 'client', ['RST'], 301)]),
      1,
    );
    expect(r.rule).toBe('O-2');
    expect(stateLog(r.trace).slice(1)).toEqual([
      'client/c1 SYN-SENT>SYN-RECEIVED [SS-4]',
      'client/c1 SYN-RECEIVED>CLOSED [O-2]',
    ]);
    expect(appLog(r.trace, 'client')).toEqual(['connect refused']);
  });

  it('passive SYN-RECEIVED: back to LISTEN, the user is not told', () => {
    const r = probe(
      listening([inject(10, 'server', ['SYN'], 90), inject(20, 'server', ['RST'], 91)]),
      1,
    );
    expect(stateLog(r.trace).at(-1)).toBe('server/s2 SYN-RECEIVED>LISTEN [O-2]');
    expect(appLog(r.trace, 'server')).toEqual(['listen ok']);
  });

  it('TIME-WAIT: a RST at RCV.NXT ends it early (RFC 1337 "assassination")', () => {
    const r = probe(
      established({
        actions: [
          { at: 1000, host: 'client', call: 'close' },
          { at: 2000, host: 'server', call: 'close' },
        ],
        inject: [inject(3000, 'client', ['RST'], 302)],
      }),
    );
    expect(r.rule).toBe('O-2');
    expect(stateLog(r.trace, 'client').at(-1)).toBe('client/c1 TIME-WAIT>CLOSED [O-2]');
  });

  it('LAST-ACK: a RST at RCV.NXT closes it', () => {
    const r = probe(
      established({
        actions: [
          { at: 1000, host: 'client', call: 'close' },
          { at: 2000, host: 'server', call: 'close' },
        ],
        faults: [{ match: { from: 'client', flags: ['ACK'], nth: 2 }, action: 'drop' }],
        inject: [inject(2500, 'server', ['RST'], 102)],
      }),
    );
    expect(stateLog(r.trace, 'server').at(-1)).toBe('server/s2 LAST-ACK>CLOSED [O-2]');
  });
});

describe('O-4: SYN (RFC 9293 §3.10.7.4 fourth check, RFC 5961 §4)', () => {
  it('passive SYN-RECEIVED: a new in-window SYN sends it back to LISTEN without a reply', () => {
    const r = probe(
      listening([inject(10, 'server', ['SYN'], 90), inject(20, 'server', ['SYN'], 95)]),
      1,
    );
    expect([r.rule, r.replies]).toEqual(['O-4', []]);
    expect(stateLog(r.trace).at(-1)).toBe('server/s2 SYN-RECEIVED>LISTEN [O-4]');
  });

  it('rfc9293: a SYN in ESTABLISHED, in window or not, draws <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>', () => {
    const inWin = probe(established({ inject: [inject(1000, 'client', ['SYN'], 400)] }));
    expect([inWin.rule, inWin.replies, finalState(inWin.trace, 'c1')]).toEqual([
      'O-4/challenge',
      ['client ACK seq=101 ack=301 len=0'],
      'ESTABLISHED',
    ]);
    const outWin = probe(established({ inject: [inject(1000, 'client', ['SYN'], 100_000)] }));
    expect([outWin.rule, outWin.replies]).toEqual(['O-1', ['client ACK seq=101 ack=301 len=0']]);
  });

  it('rfc793: an in-window SYN in ESTABLISHED is an error: RST and CLOSED', () => {
    const r = probe(
      established({ profile: 'rfc793', inject: [inject(1000, 'client', ['SYN'], 400)] }),
    );
    // The reset takes the §3.5.2 form for a segment without ACK: <SEQ=0><ACK=SEG.SEQ+SEG.LEN>.
    expect([r.rule, r.replies]).toEqual(['O-4', ['client RST,ACK seq=0 ack=401 len=0']]);
    expect(stateLog(r.trace, 'client').at(-1)).toBe('client/c1 ESTABLISHED>CLOSED [O-4]');
    expect(appLog(r.trace, 'client')).toContain('receive reset');
  });

  it('rfc793: an out-of-window SYN only draws an ACK (O-1)', () => {
    const r = probe(
      established({
        profile: 'rfc793',
        serverWindow: 200,
        inject: [inject(1000, 'server', ['SYN'], 400)],
      }),
    );
    expect([r.rule, r.replies, finalState(r.trace, 's2')]).toEqual([
      'O-1',
      ['server ACK seq=301 ack=101 len=0'],
      'ESTABLISHED',
    ]);
  });

  it('active SYN-RECEIVED is handled as a synchronized state', () => {
    const inj = [inject(10, 'client', ['SYN'], 300), inject(20, 'client', ['SYN'], 500)];
    const modern = probe(synSent(inj, 'rfc9293'), 1);
    expect([modern.rule, modern.replies, finalState(modern.trace, 'c1')]).toEqual([
      'O-4/challenge',
      ['client ACK seq=101 ack=301 len=0'],
      'SYN-RECEIVED',
    ]);
    const legacy = probe(synSent(inj, 'rfc793'), 1);
    expect([legacy.rule, legacy.replies, finalState(legacy.trace, 'c1')]).toEqual([
      'O-4',
      ['client RST,ACK seq=0 ack=501 len=0'],
      'CLOSED',
    ]);
    expect(appLog(legacy.trace, 'client')).toEqual(['connect refused']);
  });
});

describe('O-5: ACK (RFC 9293 §3.10.7.4 fifth check, RFC 5961 §5)', () => {
  it('SYN-RECEIVED: an unacceptable ACK draws <SEQ=SEG.ACK><CTL=RST>, the state stays', () => {
    const r = probe(
      listening([
        inject(10, 'server', ['SYN'], 90),
        inject(20, 'server', ['ACK'], 91, { ack: 999 }),
      ]),
      1,
    );
    expect(outcome(r)).toBe('O-5 (discarded): server RST seq=999 ack=- len=0');
    expect(finalState(r.trace, 's2')).toBe('SYN-RECEIVED');
  });

  it('SYN-RECEIVED: a segment without ACK is dropped', () => {
    const r = probe(
      listening([inject(10, 'server', ['SYN'], 90), inject(20, 'server', [], 91, { bytes: 3 })]),
      1,
    );
    expect([r.rule, r.discarded, r.replies, finalState(r.trace, 's2')]).toEqual([
      'O-5',
      true,
      [],
      'SYN-RECEIVED',
    ]);
  });

  it('ESTABLISHED: an ACK of something not yet sent draws an ACK and is dropped', () => {
    for (const profile of ['rfc9293', 'rfc793'] as const) {
      const r = probe(
        established({ profile, inject: [inject(1000, 'client', ['ACK'], 301, { ack: 500 })] }),
      );
      expect(outcome(r)).toBe('O-5 (discarded): client ACK seq=101 ack=301 len=0');
    }
  });

  it('ESTABLISHED: a duplicate ACK is ignored', () => {
    const r = probe(established({ inject: [inject(1000, 'client', ['ACK'], 301, { ack: 101 })] }));
    expect([r.rule, r.replies, finalState(r.trace, 'c1')]).toEqual(['O-5', [], 'ESTABLISHED']);
  });

  it('an ACK older than SND.UNA − MAX.SND.WND: challenge ACK under rfc9293, ignored under rfc793', () => {
    const old = inject(1000, 'client', ['ACK'], 301, { ack: 4_000_000_000 });
    const modern = probe(established({ profile: 'rfc9293', inject: [old] }));
    expect([modern.rule, modern.replies]).toEqual([
      'O-5/challenge',
      ['client ACK seq=101 ack=301 len=0'],
    ]);
    expect(probe(established({ profile: 'rfc793', inject: [old] })).replies).toEqual([]);
  });

  it('TIME-WAIT: a retransmitted FIN is acknowledged and the 2 MSL timer restarts', () => {
    // Figure 12 with MSL 1 s; the client's last ACK is lost, so the server resends its FIN at 3 s.
    const trace = simulate(
      established({
        mslMs: 1000,
        actions: [
          { at: 1000, host: 'client', call: 'close' },
          { at: 2000, host: 'server', call: 'close' },
        ],
        faults: [{ match: { from: 'client', flags: ['ACK'], nth: 2 }, action: 'drop' }],
      }),
    );
    expect(timedWire(trace).slice(-3)).toEqual([
      '2050 client ACK seq=102 ack=302 len=0', // lost
      '3000 server FIN,ACK seq=301 ack=102 len=0',
      '3050 client ACK seq=102 ack=302 len=0',
    ]);
    const tw = trace.events.filter(
      (e) => e.type === 'timer' && e.timer === 'time-wait' && e.action === 'set',
    );
    expect(tw.map((e) => [e.t, e.type === 'timer' && e.due])).toEqual([
      [2050, 4050],
      [3050, 5050],
    ]);
    expect(stateLog(trace).slice(-2)).toEqual([
      'server/s2 LAST-ACK>CLOSED [O-5]',
      'client/c1 TIME-WAIT>CLOSED [T-2MSL]',
    ]);
    expect(states(trace).at(-1)?.t).toBe(5050);
  });
});

describe('O-7 text and O-8 FIN', () => {
  it('ignores text arriving in CLOSE-WAIT (the peer already sent its FIN)', () => {
    const r = probe(
      established({
        actions: [{ at: 1000, host: 'client', call: 'close' }],
        inject: [inject(1500, 'server', ['ACK'], 102, { ack: 301, bytes: 5 })],
      }),
    );
    expect(stateAt(r.trace, 's2', 1500)).toBe('CLOSE-WAIT');
    expect(appLog(r.trace, 'server').filter((x) => x.startsWith('receive'))).toEqual([
      'receive closing',
    ]);
  });

  it('FIN in SYN-RECEIVED with an acceptable ACK: ESTABLISHED, then CLOSE-WAIT, FIN acknowledged', () => {
    const r = probe(
      listening([
        inject(10, 'server', ['SYN'], 90),
        inject(20, 'server', ['FIN', 'ACK'], 91, { ack: 301 }),
      ]),
      1,
    );
    expect(r.replies).toEqual(['server ACK seq=301 ack=92 len=0']);
    expect(stateLog(r.trace).slice(-2)).toEqual([
      'server/s2 SYN-RECEIVED>ESTABLISHED [O-5]',
      'server/s2 ESTABLISHED>CLOSE-WAIT [O-8]',
    ]);
  });

  it('FIN-WAIT-1: a FIN that also acknowledges our FIN leads to TIME-WAIT at once', () => {
    const r = probe(
      established({
        actions: [{ at: 1000, host: 'client', call: 'close' }],
        faults: [{ match: { from: 'client', flags: ['FIN', 'ACK'], nth: 1 }, action: 'drop' }],
        inject: [inject(1010, 'client', ['FIN', 'ACK'], 301, { ack: 102 })],
      }),
    );
    expect(r.replies).toEqual(['client ACK seq=102 ack=302 len=0']);
    expect(stateAt(r.trace, 'c1', 1010)).toBe('TIME-WAIT');
    expect(stateAt(r.trace, 'c1', 1009)).toBe('FIN-WAIT-1');
  });

  it('holds a FIN that arrives ahead of missing text, and closes once the text arrives', () => {
    const s = established({
      inject: [
        inject(1000, 'client', ['FIN', 'ACK'], 306, { ack: 101 }),
        inject(1100, 'client', ['ACK'], 301, { ack: 101, bytes: 5 }),
      ],
    });
    expect(stateAt(simulate(s), 'c1', 1000)).toBe('ESTABLISHED');
    const r = probe(s, 1);
    expect(r.replies).toEqual(['client ACK seq=101 ack=307 len=0']);
    expect(stateAt(r.trace, 'c1', 1100)).toBe('CLOSE-WAIT');
  });
});

describe('RSTs are never answered (RFC 9293 §3.5.2)', () => {
  it.each<[string, Scenario]>([
    ['CLOSED', { version: 1, inject: [inject(10, 'server', ['RST', 'ACK'], 1, { ack: 1 })] }],
    ['LISTEN', listening([inject(10, 'server', ['RST', 'ACK'], 1, { ack: 1 })])],
    ['SYN-SENT, bad ACK', synSent([inject(10, 'client', ['RST', 'ACK'], 1, { ack: 5000 })])],
    ['SYN-SENT, no ACK', synSent([inject(10, 'client', ['RST'], 1)])],
    [
      'SYN-RECEIVED, out of window',
      listening([inject(10, 'server', ['SYN'], 90), inject(20, 'server', ['RST'], 80)]),
    ],
    [
      'ESTABLISHED, out of window',
      established({ inject: [inject(1000, 'client', ['RST'], 200_000)] }),
    ],
  ])('in %s', (_name, s) => {
    const trace = simulate(s);
    const rsts = new Set(
      staleDeliveries(trace)
        .filter((d) => d.segment.flags.includes('RST'))
        .map((d) => d.segment.id),
    );
    expect(rsts.size).toBe(1);
    expect(
      trace.events.filter((e) => e.type === 'send' && e.cause !== null && rsts.has(e.cause)),
    ).toEqual([]);
  });
});

describe('sequence numbers wrap modulo 2^32 (RFC 9293 §3.4)', () => {
  it('opens, carries data and closes across the wrap with ISNs 2^32-1 and 2^32-6', () => {
    const trace = simulate({
      version: 1,
      client: { isn: 4_294_967_295 },
      server: { isn: 4_294_967_290 },
      actions: [
        { at: 0, host: 'server', call: 'listen' },
        { at: 0, host: 'client', call: 'connect' },
        { at: 200, host: 'client', call: 'send', bytes: 10 },
        { at: 300, host: 'client', call: 'close' },
        { at: 400, host: 'server', call: 'close' },
      ],
    });
    expect(wire(trace)).toEqual([
      'client SYN seq=4294967295 ack=- len=0',
      'server SYN,ACK seq=4294967290 ack=0 len=0',
      'client ACK seq=0 ack=4294967291 len=0',
      'client ACK seq=0 ack=4294967291 len=10',
      'server ACK seq=4294967291 ack=10 len=0',
      'client FIN,ACK seq=10 ack=4294967291 len=0',
      'server ACK seq=4294967291 ack=11 len=0',
      'server FIN,ACK seq=4294967291 ack=11 len=0',
      'client ACK seq=11 ack=4294967292 len=0',
    ]);
    expect(appLog(trace, 'server')).toContain('receive 10');
    expect(stateLog(trace).at(-1)).toBe('client/c1 TIME-WAIT>CLOSED [T-2MSL]');
  });
});
