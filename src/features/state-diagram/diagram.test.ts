import { describe, expect, it } from 'vitest';
import { simulate, STATE_NAMES, type Scenario, type TcpState } from '../../core/index.ts';
import { handshake } from '../../state/test-scenarios.ts';
import {
  EDGES,
  NODES,
  NODE_HEIGHT,
  NODE_WIDTH,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  edgePathD,
  findEdge,
  labelFor,
  nodeById,
} from './diagram.ts';
import { stateDiagramMessagesEn } from './messages.en.ts';
import { sideStateAt } from './side-state.ts';
import { findPreset, PRESETS } from '../../presets/index.ts';

/**
 * Every state change the engine can emit (each setState / deleteTcb / releasePassive call
 * in src/core/tcp-host.ts, with the rule it passes), as [rule, from, to].
 */
const ENGINE_TRANSITIONS: [string, TcpState, TcpState][] = [
  ['U-OPEN', 'CLOSED', 'LISTEN'],
  ['U-OPEN', 'CLOSED', 'SYN-SENT'],
  ['L-3', 'LISTEN', 'SYN-RECEIVED'],
  ['L-3/2WH', 'LISTEN', 'ESTABLISHED'],
  ['SS-2', 'SYN-SENT', 'CLOSED'],
  ['SS-4', 'SYN-SENT', 'ESTABLISHED'],
  ['SS-4', 'SYN-SENT', 'SYN-RECEIVED'],
  ['SS-4/2WH', 'SYN-SENT', 'ESTABLISHED'],
  ['O-2', 'SYN-RECEIVED', 'LISTEN'],
  ['O-2', 'SYN-RECEIVED', 'CLOSED'],
  ['O-4', 'SYN-RECEIVED', 'LISTEN'],
  ['O-5', 'SYN-RECEIVED', 'ESTABLISHED'],
  ['O-5', 'FIN-WAIT-1', 'FIN-WAIT-2'],
  ['O-5', 'CLOSING', 'TIME-WAIT'],
  ['O-5', 'LAST-ACK', 'CLOSED'],
  ['O-5', 'ESTABLISHED', 'FIN-WAIT-1'],
  ['O-8', 'ESTABLISHED', 'CLOSE-WAIT'],
  ['O-8', 'FIN-WAIT-1', 'TIME-WAIT'],
  ['O-8', 'FIN-WAIT-1', 'CLOSING'],
  ['O-8', 'FIN-WAIT-2', 'TIME-WAIT'],
  ['U-CLOSE', 'LISTEN', 'CLOSED'],
  ['U-CLOSE', 'SYN-SENT', 'CLOSED'],
  ['U-CLOSE', 'SYN-RECEIVED', 'FIN-WAIT-1'],
  ['U-CLOSE', 'ESTABLISHED', 'FIN-WAIT-1'],
  ['U-CLOSE', 'CLOSE-WAIT', 'LAST-ACK'],
  ['T-2MSL', 'TIME-WAIT', 'CLOSED'],
  // RST (O-2), legacy in-window SYN (O-4), ABORT, R2 give-up and crash reach CLOSED from any state.
  ...(
    [
      'SYN-SENT',
      'SYN-RECEIVED',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'CLOSE-WAIT',
      'CLOSING',
      'LAST-ACK',
      'TIME-WAIT',
    ] as const
  ).flatMap((from): [string, TcpState, TcpState][] =>
    ['U-ABORT', 'T-RTO/give-up', 'crash'].map((rule): [string, TcpState, TcpState] => [
      rule,
      from,
      'CLOSED',
    ]),
  ),
  ...(
    [
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'CLOSE-WAIT',
      'CLOSING',
      'LAST-ACK',
      'TIME-WAIT',
    ] as const
  ).map((from): [string, TcpState, TcpState] => ['O-2', from, 'CLOSED']),
  ...(['ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSE-WAIT'] as const).map(
    (from): [string, TcpState, TcpState] => ['O-4', from, 'CLOSED'],
  ),
  ['U-ABORT', 'LISTEN', 'CLOSED'],
  ['crash', 'LISTEN', 'CLOSED'],
];

describe('the RFC 9293 Figure 5 data', () => {
  it('has all eleven states, CLOSED twice as in the figure', () => {
    expect(new Set(NODES.map((n) => n.state))).toEqual(new Set(STATE_NAMES));
    expect(NODES.filter((n) => n.state === 'CLOSED')).toHaveLength(2);
    expect(new Set(NODES.map((n) => n.id)).size).toBe(NODES.length);
  });

  it('keeps every box inside the drawing and no two boxes overlapping', () => {
    for (const n of NODES) {
      expect(n.x - NODE_WIDTH / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + NODE_WIDTH / 2).toBeLessThanOrEqual(VIEW_WIDTH);
      expect(n.y - NODE_HEIGHT / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + NODE_HEIGHT / 2).toBeLessThanOrEqual(VIEW_HEIGHT);
    }
    for (const a of NODES) {
      for (const b of NODES) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
  });

  it('gives every edge known nodes, a unique id, a path inside the drawing and labels in the catalogue', () => {
    expect(new Set(EDGES.map((e) => e.id)).size).toBe(EDGES.length);
    for (const e of EDGES) {
      expect(nodeById(e.from), e.id).toBeDefined();
      expect(nodeById(e.to), e.id).toBeDefined();
      for (const [x, y] of [e.path.from, e.path.to, ...(e.path.control ? [e.path.control] : [])]) {
        expect(x >= 0 && x <= VIEW_WIDTH && y >= 0 && y <= VIEW_HEIGHT, e.id).toBe(true);
      }
      for (const l of [e.label, ...(e.variants ?? [])]) {
        expect(stateDiagramMessagesEn[l.event], e.id).toBeTruthy();
        expect(stateDiagramMessagesEn[l.action], e.id).toBeTruthy();
      }
      expect(edgePathD(e)).toMatch(/^M [\d.]+ [\d.]+ (L|Q) /);
    }
  });

  it('draws the figure’s labelled transitions, e.g. LISTEN → SYN-RECEIVED "rcv SYN / snd SYN,ACK"', () => {
    const m = findEdge({ from: 'LISTEN', to: 'SYN-RECEIVED', rule: 'L-3' })!;
    expect(stateDiagramMessagesEn[m.label.event]).toBe('rcv SYN');
    expect(stateDiagramMessagesEn[m.label.action]).toBe('snd SYN,ACK');
    expect(m.edge.kind).toBe('figure');
    const tw = findEdge({ from: 'TIME-WAIT', to: 'CLOSED', rule: 'T-2MSL' })!;
    expect(stateDiagramMessagesEn[tw.label.event]).toBe('Timeout=2MSL');
    expect(tw.edge.to).toBe('CLOSED-2');
  });

  it.each(ENGINE_TRANSITIONS)(
    'maps engine transition %s %s → %s to a drawn edge',
    (rule, from, to) => {
      const m = findEdge({ from, to, rule });
      expect(m).toBeDefined();
      expect(nodeById(m!.edge.from)!.state).toBe(from);
      expect(nodeById(m!.edge.to)!.state).toBe(to);
    },
  );

  it('marks the two-way protocol’s transitions as two-way only, and keeps SS-4 on the figure’s edge', () => {
    expect(findEdge({ from: 'LISTEN', to: 'ESTABLISHED', rule: 'L-3/2WH' })!.edge.kind).toBe(
      'two-way',
    );
    expect(findEdge({ from: 'SYN-SENT', to: 'ESTABLISHED', rule: 'SS-4/2WH' })!.edge.kind).toBe(
      'two-way',
    );
    expect(findEdge({ from: 'SYN-SENT', to: 'ESTABLISHED', rule: 'SS-4' })!.edge.kind).toBe(
      'figure',
    );
  });

  it('labels a rule-specific variant: SYN-RECEIVED → LISTEN on a new SYN, SYN-SENT → CLOSED on a RST', () => {
    const o4 = findEdge({ from: 'SYN-RECEIVED', to: 'LISTEN', rule: 'O-4' })!;
    expect(stateDiagramMessagesEn[o4.label.event]).toMatch(/SYN/);
    const o2 = findEdge({ from: 'SYN-RECEIVED', to: 'LISTEN', rule: 'O-2' })!;
    expect(stateDiagramMessagesEn[o2.label.event]).toBe('rcv RST (note 1)');
    const ss2 = findEdge({ from: 'SYN-SENT', to: 'CLOSED', rule: 'SS-2' })!;
    expect(stateDiagramMessagesEn[ss2.label.event]).toBe('rcv RST');
    expect(findEdge({ from: 'LISTEN', to: 'TIME-WAIT' })).toBeUndefined();
  });

  it('finds an edge for every state change in real runs', () => {
    const L = { at: 0, host: 'server', call: 'listen' } as const;
    const C = (at = 0) => ({ at, host: 'client', call: 'connect' }) as const;
    const runs: Scenario[] = [
      {
        version: 1,
        mslMs: 1000,
        actions: [
          L,
          C(),
          { at: 300, host: 'client', call: 'close' },
          { at: 600, host: 'server', call: 'close' },
        ],
      },
      {
        version: 1,
        mslMs: 1000,
        actions: [
          L,
          C(),
          { at: 300, host: 'client', call: 'close' },
          { at: 300, host: 'server', call: 'close' },
        ],
      },
      {
        version: 1,
        protocol: 'two-way',
        actions: [C(), { at: 0, host: 'server', call: 'connect' }],
      },
      { version: 1, actions: [C(), { at: 0, host: 'server', call: 'connect' }] },
      {
        version: 1,
        protocol: 'two-way',
        client: { isn: 100 },
        actions: [L, C(1000)],
        inject: [{ at: 1000, to: 'server', flags: ['SYN'], seq: 90 }],
      },
      {
        version: 1,
        client: { isn: 100 },
        actions: [L, C(1000)],
        inject: [{ at: 1000, to: 'server', flags: ['SYN'], seq: 90 }],
      },
      { version: 1, actions: [C()] },
      {
        version: 1,
        until: 200_000,
        actions: [
          L,
          C(),
          { at: 500, host: 'server', call: 'crash' },
          { at: 600, host: 'client', call: 'send', bytes: 5 },
        ],
      },
      { version: 1, actions: [L, C(), { at: 300, host: 'client', call: 'abort' }] },
    ];
    let seen = 0;
    for (const s of runs) {
      for (const e of simulate(s).events) {
        if (e.type !== 'state') continue;
        seen++;
        expect(findEdge(e), `${e.rule} ${e.from} → ${e.to}`).toBeDefined();
      }
    }
    expect(seen).toBeGreaterThan(40);
  });
});

describe('what a transition’s label says it sends', () => {
  it('is what the engine sent at that moment, in every preset (a give-up sends nothing)', () => {
    let checked = 0;
    for (const preset of PRESETS) {
      for (const protocol of ['three-way', 'two-way'] as const) {
        const { events } = simulate({ ...preset.scenario, protocol });
        for (const e of events) {
          if (e.type !== 'state') continue;
          const match = findEdge(e)!;
          const action = stateDiagramMessagesEn[labelFor(match.edge, match.label, protocol).action];
          const said = /snd (SYN|FIN|RST|ACK)/.exec(action)?.[1];
          const sent = events.some(
            (x) =>
              x.type === 'send' &&
              x.host === e.host &&
              x.t === e.t &&
              (said === undefined || x.segment.flags.includes(said as 'SYN')),
          );
          const where = `${preset.id} (${protocol}) ${e.host} ${e.rule} ${e.from} → ${e.to}: "${action}"`;
          if (said !== undefined) expect(sent, where).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('sideStateAt', () => {
  const trace = simulate(handshake);
  it('is CLOSED with no transition before anything happens', () => {
    expect(sideStateAt(trace.events, -1, 'client')).toEqual({
      state: 'CLOSED',
      last: null,
      socket: null,
      at: null,
    });
  });
  it('follows the socket that moved last, with the transition and its rule', () => {
    const end = trace.events.length - 1;
    expect(sideStateAt(trace.events, end, 'client')).toMatchObject({
      state: 'ESTABLISHED',
      last: { from: 'SYN-SENT', to: 'ESTABLISHED', rule: 'SS-4' },
    });
    expect(sideStateAt(trace.events, end, 'server')).toMatchObject({
      state: 'ESTABLISHED',
      socket: 's2',
      last: { from: 'SYN-RECEIVED', rule: 'O-5' },
    });
    const synRcvd = trace.events.findIndex((e) => e.type === 'state' && e.to === 'SYN-RECEIVED');
    expect(sideStateAt(trace.events, synRcvd, 'server')).toMatchObject({
      state: 'SYN-RECEIVED',
      last: { from: 'LISTEN', rule: 'L-3' },
    });
    expect(sideStateAt(trace.events, synRcvd - 1, 'server').state).toBe('LISTEN');
  });
  it("answers every index as a scan back to the side's last state change would", () => {
    // A lost SYN-ACK: retransmissions, and changes on both sides at the same instants.
    const events = simulate(findPreset('lost-syn-ack')!.scenario).events;
    for (let i = -1; i < events.length; i++)
      for (const host of ['client', 'server'] as const) {
        let j = i;
        while (j >= 0 && !(events[j]!.type === 'state' && events[j]!.host === host)) j--;
        const got = sideStateAt(events, i, host);
        const e = events[j];
        if (e?.type === 'state')
          expect(got).toMatchObject({ state: e.to, socket: e.socket, at: e.t });
        else expect(got.last).toBeNull();
      }
  });
  it('gives the same object for the same change, so its drawing can be memoised', () => {
    const serverChange = trace.events.findIndex((e) => e.type === 'state' && e.host === 'server');
    const later = trace.events.length - 1;
    const client = (i: number) => sideStateAt(trace.events, i, 'client');
    // The client's last change is the same one at the end and a few events before it.
    const lastClientChange = trace.events.findLastIndex(
      (e) => e.type === 'state' && e.host === 'client',
    );
    expect(client(later)).toBe(client(lastClientChange));
    expect(sideStateAt(trace.events, serverChange, 'server')).toBe(
      sideStateAt(trace.events, serverChange, 'server'),
    );
  });
});
