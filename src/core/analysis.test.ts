// The verdicts of analysis.ts (issue #2 §2: phantom-connection, stale-data-delivered,
// half-open, connect-failed) on small scenarios, and the test oracle the property tests
// use to judge handshakes independently of the analysis.

import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import { synchronizations } from './test-helpers/handshake-oracle.ts';
import { established, inject } from './test-helpers/views.ts';

const kinds = (s: Parameters<typeof simulate>[0]): string[] =>
  simulate(s).summary.anomalies.map((a) => `${a.kind} ${a.host}`);

describe('anomalies', () => {
  it('a clean handshake has none, and both sockets are summarised', () => {
    const t = simulate(established());
    expect(t.summary.anomalies).toEqual([]);
    expect(
      t.summary.sockets.map((k) => [k.socket, k.role, k.finalState, k.establishedAt, k.connect]),
    ).toEqual([
      ['s1', 'listener', 'LISTEN', null, undefined],
      ['c1', 'active', 'ESTABLISHED', 100, 'ok'],
      ['s2', 'passive', 'ESTABLISHED', 150, undefined],
    ]);
  });

  it('half-open: the server keeps a connection whose client crashed', () => {
    const t = simulate(established({ actions: [{ at: 1000, host: 'client', call: 'crash' }] }));
    expect(t.summary.anomalies.map((a) => [a.kind, a.host, a.socket, a.t, a.until])).toEqual([
      ['half-open', 'server', 's2', 1000, undefined],
    ]);
  });

  it('stale-data-delivered: old data that lands in a live connection window', () => {
    const t = simulate(
      established({
        inject: [inject(1000, 'server', ['ACK'], 101, { ack: 301, bytes: 7, payload: 'old' })],
      }),
    );
    expect(t.summary.anomalies.map((a) => [a.kind, a.host, a.bytes])).toEqual([
      ['stale-data-delivered', 'server', 7],
    ]);
  });

  it('connect-failed: refused by a RST', () => {
    expect(kinds({ version: 1, actions: [{ at: 0, host: 'client', call: 'connect' }] })).toEqual([
      'connect-failed client',
    ]);
  });

  it('phantom-connection: the two-way responder that commits on an old SYN', () => {
    expect(
      kinds({
        ...established({ protocol: 'two-way' }),
        actions: [{ at: 0, host: 'server', call: 'listen' }],
        inject: [inject(10, 'server', ['SYN'], 90)],
      }),
    ).toEqual(['phantom-connection server']);
  });

  // A genuine handshake stays genuine when the partner socket is gone (aborted, crashed) by
  // the time this side synchronizes (an early analysis called these phantoms).
  it('no phantom when the client aborts right after its ACK: the server accepted a genuine handshake', () => {
    const t = simulate(established({ actions: [{ at: 100, host: 'client', call: 'abort' }] }));
    // The client sent SYN 100, got SYN,ACK 300/101, sent ACK 101/301 and RST 101 at 100 ms;
    // the server becomes ESTABLISHED at 150 ms on that ACK and is reset at once.
    expect(t.summary.anomalies).toEqual([]);
  });

  it('no phantom when the server crashes after its SYN,ACK: the client holds a half-open connection', () => {
    const t = simulate(established({ actions: [{ at: 50, host: 'server', call: 'crash' }] }));
    expect(t.summary.anomalies.map((a) => `${a.kind} ${a.host} ${a.t}`)).toEqual([
      'half-open client 100',
    ]);
  });

  // Found by the property tests (three-way stories leave no phantom): a simultaneous open in
  // which the server closes right after taking the client's SYN. Its SYN reaches the client
  // when the server is already in FIN-WAIT-1, closing that very connection: still the other
  // half of this opening, not an old SYN. (The counterexample as found; its stale SYN and
  // ACK at the start, answered and reset, only shift the random draws to this story.)
  it('no phantom in a simultaneous open whose other side closes before its SYN arrives', () => {
    const t = simulate({
      version: 1,
      seed: 0,
      latencyMs: 1,
      jitterMs: 19,
      mslMs: 100,
      server: { isn: 300 },
      actions: [
        { at: 0, host: 'server', call: 'listen' },
        { at: 3796, host: 'server', call: 'close' },
        { at: 3795, host: 'server', call: 'connect' },
        { at: 3781, host: 'client', call: 'connect' },
      ],
      inject: [
        { at: 1, to: 'server', flags: ['SYN'], seq: 90 },
        { at: 2, to: 'server', flags: ['ACK'], seq: 91, ack: 201, bytes: 9, payload: 'DEBIT 100' },
      ],
    });
    const states = (socket: string) =>
      t.events.flatMap((e) => (e.type === 'state' && e.socket === socket ? [e.to] : []));
    // The story the test is about: both SYNs cross, the server closes in SYN-RECEIVED.
    expect(states('s3')).toEqual(['SYN-SENT', 'SYN-RECEIVED', 'FIN-WAIT-1', 'FIN-WAIT-2']);
    expect(states('c1')).toEqual(['SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED', 'CLOSE-WAIT']);
    expect(t.summary.anomalies).toEqual([]);
  });
});

describe('the handshake oracle used by the property tests', () => {
  it('finds both sides of Figure 6 genuine, each partnered with the other', () => {
    expect(
      synchronizations(simulate(established())).map((x) => [x.socket, x.partner, x.genuine]),
    ).toEqual([
      ['c1', 's2', true],
      ['s2', 'c1', true],
    ]);
  });

  it('finds simultaneous open genuine', () => {
    const t = simulate({
      version: 1,
      client: { isn: 100 },
      server: { isn: 300 },
      actions: [
        { at: 0, host: 'client', call: 'connect' },
        { at: 0, host: 'server', call: 'connect' },
      ],
    });
    expect(synchronizations(t).map((x) => x.genuine)).toEqual([true, true]);
  });

  it('rejects the two-way responder that committed on a stale SYN', () => {
    const t = simulate({
      version: 1,
      protocol: 'two-way',
      actions: [{ at: 0, host: 'server', call: 'listen' }],
      inject: [inject(10, 'server', ['SYN'], 90)],
    });
    expect(synchronizations(t).map((x) => [x.socket, x.genuine, x.reason])).toEqual([
      ['s2', false, 'synchronized by rule L-3/2WH, not by a segment from the peer'],
    ]);
  });

  it('rejects a three-way connection fooled by an old ACK that happens to equal ISS+1', () => {
    const t = simulate({
      version: 1,
      server: { isn: 200 },
      actions: [{ at: 0, host: 'server', call: 'listen' }],
      inject: [inject(10, 'server', ['SYN'], 90), inject(20, 'server', ['ACK'], 91, { ack: 201 })],
    });
    expect(synchronizations(t).map((x) => [x.socket, x.genuine, x.reason])).toEqual([
      ['s2', false, 'accepted a SYN nobody in this run sent'],
    ]);
  });
});
