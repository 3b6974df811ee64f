import { describe, expect, it } from 'vitest';
import {
  simulate,
  type FlagName,
  type Scenario,
  type Trace,
  type TraceEvent,
} from '../../core/index.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { findPreset } from '../../presets/index.ts';
import { narrationMessagesEn } from './messages.en.ts';
import { createNarrator, narrate, narrateAll } from './narrate.ts';
import { fillTemplate } from './template.ts';
import { traceIndexOf } from './trace-lookup.ts';

const listen = { at: 0, host: 'server', call: 'listen' } as const;
const connect = (at = 0) => ({ at, host: 'client', call: 'connect' }) as const;

const basic: Scenario = handshake;
const lostSyn: Scenario = {
  ...basic,
  faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' }],
};
/** RFC 9293 Figure 8 plus old data: an old SYN 90 and an old "DEBIT 100" reach the server. */
const oldDuplicate = (protocol: 'three-way' | 'two-way'): Scenario => ({
  version: 1,
  protocol,
  client: { isn: 100 },
  server: { isn: [300, 400] },
  actions: [listen, connect(1000)],
  inject: [
    { at: 1000, to: 'server', flags: ['SYN'], seq: 90 },
    { at: 1010, to: 'server', flags: ['ACK'], seq: 91, ack: 201, bytes: 9, payload: 'DEBIT 100' },
  ],
});

function run(s: Scenario): { trace: Trace; sentences: string[] } {
  const trace = simulate(s);
  return {
    trace,
    sentences: narrateAll(trace.events, {
      anomalies: trace.summary.anomalies,
      profile: trace.summary.profile,
    }),
  };
}

/** The sentence of the first event matching `pred`. */
function sentenceOf(
  r: { trace: Trace; sentences: string[] },
  pred: (e: TraceEvent) => boolean,
): string {
  const i = r.trace.events.findIndex(pred);
  expect(i, 'no such event in the trace').toBeGreaterThanOrEqual(0);
  return r.sentences[i]!;
}

describe('narrate: the basic handshake', () => {
  const r = run(basic);
  it('explains the SYN-ACK numbers and the third message', () => {
    expect(sentenceOf(r, (e) => e.type === 'deliver' && e.rule === 'L-3')).toBe(
      'The server receives the SYN 100: it opens a half-open connection, answers SYN-ACK 300/101 and waits for the client to confirm.',
    );
    const third = sentenceOf(r, (e) => e.type === 'send' && e.rule === 'SS-4');
    expect(third).toContain('third message');
    expect(third).toContain('ACK 101/301');
    expect(
      sentenceOf(r, (e) => e.type === 'state' && e.host === 'server' && e.to === 'ESTABLISHED'),
    ).toMatch(/server is ESTABLISHED/);
  });

  it('shows numbers relative to each ISN when asked', () => {
    const rel = narrateAll(r.trace.events, { numbers: 'relative' });
    const i = r.trace.events.findIndex((e) => e.type === 'deliver' && e.rule === 'L-3');
    expect(rel[i]).toContain('SYN 0');
    expect(rel[i]).toContain('SYN-ACK 0/1');
    // Explicit bases win over the derived ones.
    expect(
      narrate(r.trace.events, i, { numbers: 'relative', isnBases: { client: 90, server: 300 } }),
    ).toContain('SYN 10');
  });
});

describe('narrate: a lost SYN', () => {
  const r = run(lostSyn);
  it('says the drop was a fault and when the client resends', () => {
    expect(sentenceOf(r, (e) => e.type === 'drop')).toBe(
      'The SYN 100 from the client is lost on the way (a drop fault), so the server never sees it; the client sends it again at 1 s.',
    );
  });
  it('explains the retransmission timer and the back-off', () => {
    expect(sentenceOf(r, (e) => e.type === 'timer' && e.action === 'fire')).toBe(
      "No SYN-ACK after 1 s: the client's retransmission timer fires and it sends the SYN again (RTO doubles to 2 s).",
    );
    expect(sentenceOf(r, (e) => e.type === 'send' && e.rule === 'T-RTO')).toContain(
      'SYN 100 again',
    );
  });
});

describe('narrate: an old duplicate SYN (RFC 9293 Figure 8)', () => {
  const r = run(oldDuplicate('three-way'));
  it('the server cannot tell the SYN is old', () => {
    expect(
      sentenceOf(r, (e) => e.type === 'deliver' && e.segment.stale === true && e.rule === 'L-3'),
    ).toBe(
      'The server cannot tell this SYN is old, so it answers SYN-ACK 300/91 and waits for the client to confirm.',
    );
  });
  it('the client rejects the SYN-ACK with a reset (SS-1)', () => {
    expect(sentenceOf(r, (e) => e.type === 'deliver' && e.rule === 'SS-1')).toBe(
      "The client's SYN was numbered 100, and the SYN-ACK's ack 91 is not above that, so it acknowledges nothing this connection sent: the client answers with a reset (RFC 9293 §3.10.7.3, first check).",
    );
  });
  it('the old data is refused, with the numbers that prove it', () => {
    const s = sentenceOf(r, (e) => e.type === 'deliver' && e.segment.payload === 'DEBIT 100');
    expect(s).toContain('acknowledges 201');
    expect(s).toContain('ack 301');
    expect(s).toContain('does not deliver its 9 bytes ("DEBIT 100")');
  });
  it('the half-open connection returns to LISTEN', () => {
    expect(
      sentenceOf(r, (e) => e.type === 'state' && e.from === 'SYN-RECEIVED' && e.to === 'LISTEN'),
    ).toContain('returns to LISTEN');
  });
});

describe('narrate: the two-way protocol', () => {
  const r = run(oldDuplicate('two-way'));
  it('names the phantom connection', () => {
    expect(sentenceOf(r, (e) => e.type === 'state' && e.rule === 'L-3/2WH')).toBe(
      'The two-way server commits on the SYN alone: it now holds a connection no client asked for.',
    );
    expect(sentenceOf(r, (e) => e.type === 'app' && e.call === 'accept')).toContain('phantom');
  });
  it('says the old data is delivered as new', () => {
    expect(
      sentenceOf(r, (e) => e.type === 'app' && e.call === 'receive' && e.result === 'ok'),
    ).toBe(
      'The server\'s application receives 9 bytes of old data ("DEBIT 100") from an earlier connection and acts on them again.',
    );
  });
  it('the real client gets no third message', () => {
    expect(
      sentenceOf(r, (e) => e.type === 'deliver' && e.host === 'client' && e.rule === 'SS-4'),
    ).toContain('sends no third message');
  });
  it('a fresh SYN in two-way is not called a phantom', () => {
    const fresh = run({ ...basic, protocol: 'two-way' });
    expect(sentenceOf(fresh, (e) => e.type === 'state' && e.rule === 'L-3/2WH')).toContain(
      'straight from LISTEN to ESTABLISHED',
    );
  });
});

/** A spread of runs that exercises closes, resets, crashes, simultaneous open, legacy rules, losses. */
const variety: Scenario[] = [
  basic,
  lostSyn,
  oldDuplicate('three-way'),
  oldDuplicate('two-way'),
  { version: 1, actions: [connect(), { at: 0, host: 'server', call: 'connect' }] },
  {
    version: 1,
    protocol: 'two-way',
    actions: [connect(), { at: 0, host: 'server', call: 'connect' }],
  },
  {
    version: 1,
    actions: [
      listen,
      connect(),
      { at: 500, host: 'client', call: 'crash' },
      { at: 600, host: 'client', call: 'restart' },
      connect(700),
    ],
  },
  {
    version: 1,
    profile: 'rfc793',
    server: { window: 200 },
    actions: [
      listen,
      connect(),
      { at: 500, host: 'client', call: 'crash' },
      { at: 600, host: 'client', call: 'restart' },
      connect(700),
    ],
  },
  { version: 1, actions: [connect()] },
  { version: 1, actions: [listen, connect(), { at: 300, host: 'client', call: 'abort' }] },
  {
    version: 1,
    mslMs: 1000,
    actions: [
      listen,
      connect(),
      { at: 300, host: 'client', call: 'close' },
      { at: 300, host: 'server', call: 'close' },
    ],
  },
  {
    version: 1,
    actions: [{ ...listen, backlog: 1 }, connect()],
    inject: [{ at: 0, to: 'server', flags: ['SYN'], seq: 5, srcPort: 1234 }],
  },
  {
    version: 1,
    actions: [listen, connect()],
    faults: [
      { match: { from: 'server', nth: 1 }, action: 'drop' },
      { match: { from: 'client', flags: ['ACK'], nth: 1 }, action: 'duplicate', ms: 30 },
    ],
  },
  {
    version: 1,
    until: 200_000,
    actions: [
      listen,
      connect(),
      { at: 500, host: 'server', call: 'crash' },
      { at: 600, host: 'client', call: 'send', bytes: 5 },
    ],
  },
  {
    version: 1,
    lossRate: 0.2,
    seed: 3,
    mslMs: 1000,
    actions: [
      listen,
      connect(),
      { at: 1500, host: 'client', call: 'send', bytes: 3000 },
      { at: 2000, host: 'client', call: 'close' },
      { at: 9000, host: 'server', call: 'close' },
    ],
  },
  {
    version: 1,
    mslMs: 5000,
    actions: [
      listen,
      connect(),
      { at: 300, host: 'client', call: 'close' },
      { at: 1000, host: 'server', call: 'close' },
    ],
    faults: [{ match: { from: 'client', flags: ['ACK'], nth: 3 }, action: 'drop' }],
  },
];

describe('narrate: every event of many runs gets a clean sentence', () => {
  it.each(variety.map((s, i) => [i, s] as const))('run %i', (_i, scenario) => {
    const { trace, sentences } = run(scenario);
    expect(sentences).toHaveLength(trace.events.length);
    sentences.forEach((s, i) => {
      const where = `event ${i}: ${JSON.stringify(trace.events[i])}`;
      expect(s.length, where).toBeGreaterThan(10);
      expect(s, where).not.toMatch(/undefined|NaN|\{|\}|\?/);
      // Every rule the engine emitted here has a specific sentence, not the generic fallback.
      expect(s, where).not.toMatch(/\(rule /);
    });
    // Relative numbering is just as clean.
    for (const s of narrateAll(trace.events, { numbers: 'relative' }))
      expect(s).not.toMatch(/undefined|NaN|\{/);
  });
});

describe('narrate: rules and edge cases', () => {
  const seg = {
    id: 7,
    from: 'client' as const,
    srcPort: 1,
    dstPort: 2,
    seq: 5,
    ack: 9,
    flags: ['ACK' as const],
    len: 0,
    wnd: 10,
  };
  it('falls back to a generic sentence naming an unknown rule', () => {
    const events: TraceEvent[] = [
      { t: 0, type: 'send', host: 'client', socket: 'c1', segment: seg, rule: 'X-99', cause: null },
      {
        t: 5,
        type: 'deliver',
        host: 'server',
        socket: null,
        segment: seg,
        rule: 'X-99',
        discarded: true,
      },
      {
        t: 5,
        type: 'state',
        host: 'server',
        socket: 's1',
        port: 2,
        peerPort: 1,
        from: 'ESTABLISHED',
        to: 'CLOSED',
        rule: 'X-99',
      },
    ];
    const out = narrateAll(events);
    expect(out[0]).toBe('The client sends ACK 5/9.');
    expect(out[1]).toBe('The ACK 5/9 reaches the server, which discards it (X-99).');
    expect(out[2]).toBe('The server moves from ESTABLISHED to CLOSED (X-99).');
  });

  it('returns an empty string for an index outside the trace', () => {
    expect(narrate([], 0)).toBe('');
  });

  it('a narrator bound to a trace says the same as narrate()', () => {
    const trace = simulate(lostSyn);
    const say = createNarrator(trace.events);
    trace.events.forEach((_, i) => expect(say(i)).toBe(narrate(trace.events, i)));
  });

  it('narrators of the same run share its lookups, whatever their language or numbers', () => {
    const { events } = simulate(findPreset('lost-syn-ack')!.scenario);
    expect(traceIndexOf(events)).toBe(traceIndexOf(events));
    expect(traceIndexOf(simulate(findPreset('lost-syn-ack')!.scenario).events)).not.toBe(
      traceIndexOf(events),
    );
  });

  it('a narrator whose lookups were built in advance (prepare) says the same', () => {
    for (const id of ['lost-syn-ack', 'old-duplicate-syn', 'syn-flood']) {
      const { events } = simulate(findPreset(id)!.scenario);
      const prepared = createNarrator(events);
      prepared.prepare();
      const lazy = createNarrator(events);
      events.forEach((_, i) => expect(prepared(i)).toBe(lazy(i)));
    }
  });

  it('has a specific sentence for every rule name the engine emits on deliveries', () => {
    const rules = [
      'C-1',
      'L-1',
      'L-2',
      'L-3',
      'L-3/backlog-full',
      'L-3/syncookie',
      'L-2/syncookie',
      'L-4',
      'SS-1',
      'SS-2',
      'SS-4',
      'SS-5',
      'O-1',
      'O-2',
      'O-2/challenge',
      'O-4',
      'O-4/challenge',
      'O-5',
      'O-5/challenge',
      'O-5/TIME-WAIT',
      '2WH-DUP-SYN',
    ];
    for (const rule of rules) {
      const s = narrate(
        [
          {
            t: 0,
            type: 'deliver',
            host: 'server',
            socket: 's1',
            segment: seg,
            rule,
            discarded: true,
          },
        ],
        0,
      );
      expect(s, rule).not.toMatch(/\(rule |undefined|\{/);
    }
  });

  it('has a specific sentence for every rule name the engine emits on sends', () => {
    const rules = [
      'U-OPEN',
      'L-3',
      'L-3/2WH',
      'SS-4',
      'SS-4/2WH',
      'SS-1',
      'L-2',
      'C-1',
      'O-1',
      'O-2/challenge',
      'O-4',
      'O-4/challenge',
      'O-5',
      'O-5/challenge',
      'O-5/TIME-WAIT',
      'O-7',
      'O-8',
      'U-SEND',
      'U-CLOSE',
      'U-ABORT',
      'T-RTO',
      'T-RTO/give-up',
      '2WH-DUP-SYN',
    ];
    const flagsFor = (rule: string): FlagName[] =>
      /SS-1|L-2|C-1|U-ABORT|give-up/.test(rule)
        ? ['RST']
        : rule === 'U-CLOSE'
          ? ['ACK', 'FIN']
          : rule === 'U-OPEN'
            ? ['SYN']
            : ['ACK'];
    for (const rule of rules) {
      const segment = { ...seg, flags: flagsFor(rule), len: rule === 'U-SEND' ? 10 : 0 };
      const s = narrate(
        [{ t: 0, type: 'send', host: 'server', socket: 's1', segment, rule, cause: null }],
        0,
      );
      expect(s, rule).not.toMatch(/\(rule |undefined|\{/);
    }
  });

  it('has a specific sentence for every state change rule', () => {
    const cases: [string, string, string][] = [
      ['U-OPEN', 'CLOSED', 'LISTEN'],
      ['U-OPEN', 'CLOSED', 'SYN-SENT'],
      ['L-3', 'LISTEN', 'SYN-RECEIVED'],
      ['L-3/2WH', 'LISTEN', 'ESTABLISHED'],
      ['SS-4', 'SYN-SENT', 'ESTABLISHED'],
      ['SS-4', 'SYN-SENT', 'SYN-RECEIVED'],
      ['SS-4/2WH', 'SYN-SENT', 'ESTABLISHED'],
      ['SS-2', 'SYN-SENT', 'CLOSED'],
      ['O-2', 'SYN-RECEIVED', 'LISTEN'],
      ['O-2', 'ESTABLISHED', 'CLOSED'],
      ['O-4', 'SYN-RECEIVED', 'LISTEN'],
      ['O-4', 'ESTABLISHED', 'CLOSED'],
      ['O-5', 'SYN-RECEIVED', 'ESTABLISHED'],
      ['O-5', 'FIN-WAIT-1', 'FIN-WAIT-2'],
      ['O-5', 'CLOSING', 'TIME-WAIT'],
      ['O-5', 'LAST-ACK', 'CLOSED'],
      ['O-8', 'ESTABLISHED', 'CLOSE-WAIT'],
      ['O-8', 'FIN-WAIT-1', 'CLOSING'],
      ['O-8', 'FIN-WAIT-1', 'TIME-WAIT'],
      ['O-8', 'FIN-WAIT-2', 'TIME-WAIT'],
      ['U-CLOSE', 'ESTABLISHED', 'FIN-WAIT-1'],
      ['U-CLOSE', 'CLOSE-WAIT', 'LAST-ACK'],
      ['U-CLOSE', 'LISTEN', 'CLOSED'],
      ['U-CLOSE', 'SYN-SENT', 'CLOSED'],
      ['U-ABORT', 'ESTABLISHED', 'CLOSED'],
      ['T-2MSL', 'TIME-WAIT', 'CLOSED'],
      ['T-RTO/give-up', 'SYN-RECEIVED', 'CLOSED'],
      ['crash', 'LISTEN', 'CLOSED'],
      ['crash', 'ESTABLISHED', 'CLOSED'],
    ];
    for (const [rule, from, to] of cases) {
      const s = narrate(
        [
          {
            t: 0,
            type: 'state',
            host: 'client',
            socket: 'c1',
            port: 1,
            peerPort: 2,
            from,
            to,
            rule,
          } as TraceEvent,
        ],
        0,
      );
      expect(s, `${rule} ${from}→${to}`).not.toMatch(/\(rule |undefined|\{/);
    }
  });

  it('every English template uses only placeholders narrate() fills', () => {
    const known =
      /\{(who|Who|whose|Whose|peer|Peer|whosePeer|role|peerRole|seg|segKind|kind|seq|ack|label|bytes|payload|answer|rule|port|peerPort|isn|expected|from|to|answered|then|sender|time|s|rto|elapsed|awaited|duration|call|result|quoted|heldBack|wait|section|nth|base)\}/g;
    for (const [key, template] of Object.entries(narrationMessagesEn)) {
      expect(template.replace(known, ''), key).not.toMatch(/[{}]/);
    }
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('retransmission timeouts that do not double', () => {
  const blackHole = findPreset('syn-black-hole')!.scenario;
  const timerSentences = (s: Scenario) => {
    const { trace, sentences } = run(s);
    return trace.events.flatMap((e, i) =>
      e.type === 'timer' && e.timer === 'retransmit' && e.action === 'set' ? [sentences[i]!] : [],
    );
  };

  it('Linux: its first SYN retries are said to be evenly spaced, not at a maximum', () => {
    const said = timerSentences({ ...blackHole, profile: 'linux' });
    // connect(), then four linear retries at 1 s, then doubling.
    expect(said.slice(1, 5).every((s) => s.includes('without doubling it'))).toBe(true);
    expect(said.slice(0, 5).some((s) => s.includes('maximum'))).toBe(false);
    expect(said[5]).toContain('twice as long');
  });

  it('RFC 9293: a timeout cut at 60 s, then held there, is said to be at its maximum, never doubled', () => {
    const said = timerSentences(blackHole);
    // 32 s would double to 64 s: the ceiling cuts it to 60 s, and it stays there.
    expect(said.filter((s) => s.includes('its maximum'))).toEqual([
      'The client sets its retransmission timer to 60 s, its maximum.',
      'The client sets its retransmission timer to 60 s, its maximum.',
    ]);
    expect(said.filter((s) => s.includes('twice as long'))).toHaveLength(5);
    const { trace, sentences } = run(blackHole);
    const fired = trace.events.flatMap((e, i) =>
      e.type === 'timer' && e.action === 'fire' && e.t === 63_000 ? [sentences[i]!] : [],
    );
    expect(fired).toEqual([
      "No SYN-ACK after 32 s: the client's retransmission timer fires and it sends the SYN again (RTO would double, but stops at its maximum, 60 s).",
    ]);
    expect(said.some((s) => s.includes('without doubling'))).toBe(false);
  });
});

describe('states inferred from a capture', () => {
  it('are said to be inferred, not stated as the socket’s own', () => {
    const events: TraceEvent[] = [
      {
        type: 'state',
        t: 0,
        host: 'client',
        socket: 'client 10.0.0.1:40000',
        port: 40000,
        peerPort: 80,
        from: 'CLOSED',
        to: 'SYN-SENT',
        rule: 'inferred',
      },
    ];
    const said = narrate(events, 0);
    expect(said).toContain('inferred from the segments in the capture');
    expect(said).toContain('SYN-SENT');
  });
});

describe('sentences read against the presets’ own runs', () => {
  const said = (id: string, pred: (e: TraceEvent) => boolean, profile?: 'rfc793') => {
    const r = run({ ...findPreset(id)!.scenario, ...(profile ? { profile } : {}) });
    return r.trace.events.flatMap((e, i) => (pred(e) ? [r.sentences[i]!] : []));
  };

  it('a forged SYN dropped at a full backlog is not said to be sent again, nor its slot to wait for the client', () => {
    const drops = said(
      'syn-flood',
      (e) => e.type === 'deliver' && e.rule === 'L-3/backlog-full' && e.segment.spoofed === true,
    );
    expect(drops.length).toBeGreaterThan(0);
    for (const s of drops) expect(s).toContain('from a forged address');
    for (const s of drops) expect(s).not.toContain('send it again;');
    const slots = said('syn-flood', (e) => e.type === 'state' && e.to === 'SYN-RECEIVED');
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.includes('a connection no one will complete'))).toBe(true);
  });

  it('a reset is believed for landing exactly on the next number, or (RFC 793 profile) anywhere in the window', () => {
    const listen = (e: TraceEvent) => e.type === 'deliver' && e.rule === 'O-2';
    expect(said('old-duplicate-syn', listen)).toEqual([
      expect.stringContaining('carries exactly the sequence number the server expects next'),
    ]);
    expect(said('old-duplicate-syn', listen, 'rfc793')).toEqual([
      expect.stringContaining(
        'fits the server’s receive window, so it is valid under the RFC 793 rules'.replace(
          '’',
          "'",
        ),
      ),
    ]);
  });

  it('a simultaneous open ends as one, not as a three-way handshake', () => {
    const established = said(
      'simultaneous-open',
      (e) => e.type === 'state' && e.from === 'SYN-RECEIVED' && e.to === 'ESTABLISHED',
    );
    expect(established).toHaveLength(2);
    for (const s of established) expect(s).toContain('the simultaneous open is complete');
  });

  it('the half-open client after a crash: its new SYN is named, not "never sent"', () => {
    expect(said('half-open-after-crash', (e) => e.type === 'deliver' && e.rule === 'SS-1')).toEqual(
      [
        "The client's SYN was numbered 400, and the ACK's ack 101 is not above that, so it acknowledges nothing this connection sent: the client answers with a reset (RFC 9293 §3.10.7.3, first check).",
      ],
    );
  });

  it('a reset sent is not promised to be believed: the stale request’s RST reaches a client with no connection', () => {
    const rst = (e: TraceEvent) => e.type === 'send' && e.segment.flags.includes('RST');
    expect(said('old-duplicate-syn-stale-data', rst)[0]).toBe(
      'The server sends RST 301, numbered from the ACK it rejects: a reset counts only if its number is one the client expects.',
    );
    expect(
      said('old-duplicate-syn-stale-data', (e) => e.type === 'deliver' && e.t === 3110),
    ).toEqual([expect.stringContaining('ignores the RST 301')]);
  });
});

/** Both applications close at 0.5 s: each end passes CLOSING, and both reach TIME-WAIT. */
const closeTogether: Scenario = {
  version: 1,
  client: { isn: 100 },
  server: { isn: 300 },
  actions: [
    listen,
    connect(),
    { at: 500, host: 'client', call: 'close' },
    { at: 500, host: 'server', call: 'close' },
  ],
  until: 2000,
};

describe('what a host did not send is not said to be sent', () => {
  // An established connection, then old segments that each call for an ACK (RFC 5961), the
  // second and third less than 500 ms after the first: the rate limit holds their ACKs back.
  const unacceptable: Scenario = {
    version: 1,
    client: { isn: 100 },
    server: { isn: 300 },
    actions: [listen, connect()],
    inject: [
      { at: 300, to: 'server', flags: ['RST'], seq: 500 },
      { at: 400, to: 'server', flags: ['SYN'], seq: 5000 },
      { at: 600, to: 'server', flags: ['ACK'], seq: 101, ack: 9999 },
    ],
    until: 2000,
  };
  const r = run(unacceptable);
  const arrival = (t: number) => sentenceOf(r, (e) => e.type === 'deliver' && e.t === t);
  const answered = (t: number) =>
    r.trace.events.some((e) => e.type === 'send' && e.t === t && e.host === 'server');

  it('a challenge ACK that went out is said to be sent', () => {
    expect(answered(300)).toBe(true);
    expect(arrival(300)).toContain('sends a challenge ACK instead (RFC 5961 §3)');
  });

  it('one held back by the rate limit is said to be held back', () => {
    expect(answered(400)).toBe(false);
    expect(arrival(400)).toContain('held back by the rate limit');
    expect(arrival(400)).not.toContain('sends a challenge ACK');
    expect(answered(600)).toBe(false);
    expect(arrival(600)).toContain('acknowledges data the server has not sent');
    expect(arrival(600)).toContain('held back by the rate limit');
  });

  it('an ACK repeated into TIME-WAIT is ignored, not said to acknowledge unsent data', () => {
    const tw = run({
      ...closeTogether,
      faults: [{ match: { from: 'server', flags: ['ACK'], nth: 1 }, action: 'duplicate', ms: 30 }],
    });
    const copy = sentenceOf(
      tw,
      (e) => e.type === 'deliver' && e.host === 'client' && e.segment.copyOf !== undefined,
    );
    expect(copy).toContain('is in TIME-WAIT, where only a repeated FIN needs an answer');
    expect(copy).not.toContain('has not sent');
  });

  it('entering TIME-WAIT on the peer’s FIN does not claim that FIN is acknowledged yet', () => {
    const close = run(findPreset('close-time-wait')!.scenario);
    const entering = close.trace.events.flatMap((e, i) => {
      if (e.type !== 'deliver') return [];
      const change = close.trace.events
        .slice(i + 1)
        .find((x) => x.type === 'state' && x.t === e.t && x.socket === e.socket);
      return change?.type === 'state' && change.to === 'TIME-WAIT'
        ? [{ from: change.from, said: close.sentences[i]! }]
        : [];
    });
    expect(entering.length).toBeGreaterThan(0);
    for (const { from, said } of entering) {
      expect(said).not.toContain('both FINs acknowledged');
      if (from === 'FIN-WAIT-2') expect(said).toContain('own FIN is already acknowledged');
    }
  });

  it('TIME-WAIT is 2 MSL under RFC 9293, and Linux’s fixed 60 s under Linux, whatever the MSL', () => {
    const preset = findPreset('close-time-wait')!.scenario;
    const timeWait = (s: Scenario) => {
      const r = run(s);
      return r.trace.events.flatMap((e, i) =>
        (e.type === 'timer' && e.timer === 'time-wait') ||
        (e.type === 'state' && (e.to === 'TIME-WAIT' || e.from === 'TIME-WAIT'))
          ? [r.sentences[i]!]
          : [],
      );
    };
    const rfc = timeWait(preset);
    const linux = timeWait({ ...preset, profile: 'linux' });
    expect(rfc.length).toBeGreaterThanOrEqual(3);
    expect(rfc.every((s) => s.includes('2 MSL'))).toBe(true);
    expect(linux.length).toBeGreaterThanOrEqual(3);
    expect(linux.some((s) => s.includes('MSL') && !s.includes('whatever the MSL'))).toBe(false);
    expect(linux).toContain(
      'The client will wait 60 s in TIME-WAIT, a length Linux fixes whatever the MSL, so that a lost last ACK can be repeated and old segments die out.',
    );
  });

  it('a FIN+ACK in FIN-WAIT-1 takes the host to TIME-WAIT, and says so (through FIN-WAIT-2)', () => {
    const r = run({
      version: 1,
      client: { isn: 100 },
      server: { isn: 300 },
      actions: [listen, connect(), { at: 1000, host: 'client', call: 'close' }],
      faults: [{ match: { from: 'client', flags: ['FIN', 'ACK'], nth: 1 }, action: 'drop' }],
      inject: [{ at: 1010, to: 'client', flags: ['FIN', 'ACK'], seq: 301, ack: 102 }],
      until: 2000,
    });
    expect(sentenceOf(r, (e) => e.type === 'deliver' && e.t === 1010)).toContain(
      "acknowledges the client's FIN and carries the server's: the client acknowledges it and enters TIME-WAIT",
    );
  });

  it('closing together: the ACK of its own FIN, the peer’s already acknowledged, leads to TIME-WAIT', () => {
    const r = run(closeTogether);
    expect(
      sentenceOf(r, (e) => e.type === 'deliver' && e.host === 'client' && e.t === 600),
    ).toContain(
      "acknowledges the client's FIN, and the client has already acknowledged the server's",
    );
  });

  it('an ACK of unsent data reaching TIME-WAIT is answered, and said to be', () => {
    const r = run({
      ...closeTogether,
      inject: [{ at: 700, to: 'client', flags: ['ACK'], seq: 302, ack: 9999 }],
    });
    const said = sentenceOf(r, (e) => e.type === 'deliver' && e.t === 700);
    expect(r.trace.events.some((e) => e.type === 'send' && e.t === 700)).toBe(true);
    expect(said).toContain('acknowledges data the client has not sent');
    expect(said).not.toContain('ignores');
  });

  it('a reset that acknowledges the segment it refuses says so, not that its number counts', () => {
    const closedPort = run(findPreset('closed-port')!.scenario);
    const rst = sentenceOf(
      closedPort,
      (e) =>
        e.type === 'send' && e.segment.flags.includes('RST') && e.segment.flags.includes('ACK'),
    );
    expect(rst).toContain('it acknowledges the SYN it rejects');
  });

  it('a two-way SYN-ACK lost is sent again in answer to the repeated SYN, not by a timer', () => {
    const lost = run({
      ...basic,
      protocol: 'two-way',
      faults: [{ match: { from: 'server', flags: ['SYN', 'ACK'], nth: 1 }, action: 'drop' }],
    });
    expect(sentenceOf(lost, (e) => e.type === 'drop')).toContain('in answer to the repeated SYN');
  });
});
