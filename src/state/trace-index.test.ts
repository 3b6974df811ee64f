import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import { BUILT_IN_SCENARIOS } from '../app/builtin-scenarios.ts';
import { indexTrace, lastStateChange, laneStatusAt } from './trace-index.ts';
import { handshake } from './test-scenarios.ts';

describe('trace index', () => {
  const story = BUILT_IN_SCENARIOS.find((b) => b.id === 'old-duplicate-syn')!.scenario;

  it('follows the connection socket on the server lane, with the listener beside it', () => {
    const trace = simulate({ ...story, protocol: 'two-way' });
    const index = indexTrace(trace);
    const seen: string[] = [];
    for (let applied = 0; applied <= trace.events.length; applied++) {
      const s = laneStatusAt(index, 'server', applied);
      const label = `${s.state}/${s.listener ?? '-'}`;
      if (seen[seen.length - 1] !== label) seen.push(label);
    }
    // Listener opens; the retransmitted SYN makes a connection; it closes (CLOSED, as the
    // diagram says, the listener beside it); the old SYN makes a phantom one (two-way commits
    // at once), which the client's RST tears down.
    expect(seen).toEqual([
      'CLOSED/-',
      'LISTEN/LISTEN',
      'ESTABLISHED/LISTEN',
      'CLOSE-WAIT/LISTEN',
      'LAST-ACK/LISTEN',
      'CLOSED/LISTEN',
      'ESTABLISHED/LISTEN',
      'CLOSED/LISTEN',
    ]);
    expect(index.anomalies.map((a) => [a.anomaly.kind, trace.events[a.index]!.t])).toEqual([
      ['phantom-connection', 3050],
    ]);
  });

  it('a three-way child reset in SYN-RECEIVED goes back to LISTEN: the lane shows the listener', () => {
    const trace = simulate(story);
    const index = indexTrace(trace);
    const end = laneStatusAt(index, 'server', trace.events.length);
    expect(
      trace.events.some(
        (e) => e.type === 'state' && e.from === 'SYN-RECEIVED' && e.to === 'LISTEN',
      ),
    ).toBe(true);
    expect([end.state, end.listener]).toEqual(['LISTEN', 'LISTEN']);
    expect(index.anomalies).toEqual([]);
  });

  it('pairs blocking calls with their return and timers with their end', () => {
    const index = indexTrace(simulate(handshake));
    const connect = index.appMarks.find((m) => m.call === 'connect')!;
    expect([connect.startT, connect.t, connect.result]).toEqual([0, 100, 'ok']);
    expect(
      index.timers
        .filter((t) => t.host === 'client')
        .map((t) => [t.setT, t.outcome, t.endT, t.rto]),
    ).toEqual([[0, 'cancel', 100, 1000]]);
  });

  it('knows the transition just taken on each side', () => {
    const trace = simulate(handshake);
    const index = indexTrace(trace);
    expect(lastStateChange(index, 'client', trace.events.length)).toMatchObject({
      from: 'SYN-SENT',
      to: 'ESTABLISHED',
      rule: 'SS-4',
    });
    expect(lastStateChange(index, 'server', 0)).toBeNull();
  });

  it("numbers segments relative to each side's ISN", () => {
    const index = indexTrace(simulate(handshake));
    expect(index.segments.map((s) => [s.relSeq, s.relAck])).toEqual([
      [0, null],
      [0, 1],
      [1, 1],
    ]);
  });
});
