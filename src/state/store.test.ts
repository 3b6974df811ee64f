import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import type { Scenario } from '../core/scenario.ts';
import { createInThreadWorker } from '../protocol/in-thread-worker.ts';
import { createSimClient } from '../protocol/sim-client.ts';
import { BUILT_IN_SCENARIOS } from '../app/builtin-scenarios.ts';
import {
  selectAppliedCount,
  selectCurrentEvent,
  selectNarratedTraceIndex,
  selectSelectedSegment,
} from './selectors.ts';
import { createLabStore, type LabState, type LabStore } from './store.ts';
import { handshake } from './test-scenarios.ts';

function makeStore(
  scenario: Scenario = handshake,
  options: { precomputed?: boolean; compare?: boolean } = {},
) {
  const client = createSimClient({ createWorker: () => createInThreadWorker() });
  return createLabStore({
    client,
    initial: {
      scenarioId: null,
      scenario,
      compare: options.compare,
      traces: options.precomputed ? [simulate(scenario)] : undefined,
    },
  });
}

/** Resolves once the store has finished the run in progress. */
function settled(store: LabStore): Promise<LabState> {
  return new Promise((resolve) => {
    if (store.getState().status !== 'running') return resolve(store.getState());
    const stop = store.subscribe(
      (s) => s.status,
      (status) => {
        if (status !== 'running') {
          stop();
          resolve(store.getState());
        }
      },
    );
  });
}

describe('lab store', () => {
  it('starts from a precomputed trace without a worker round trip', () => {
    const store = makeStore(handshake, { precomputed: true });
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.traces[0]).toEqual(simulate(handshake));
    expect(s.index).toBe(0);
    expect(selectCurrentEvent(s)).toBeNull();
  });

  it('simulates through the worker protocol when no trace is given', async () => {
    const store = makeStore();
    expect(store.getState().status).toBe('running');
    const s = await settled(store);
    expect(s.status).toBe('ready');
    expect(s.traces[0]!.events.length).toBe(simulate(handshake).events.length);
    expect(s.runtimeMs).not.toBeNull();
  });

  it('steps forward and back exactly, event by event', () => {
    const store = makeStore(handshake, { precomputed: true });
    const { actions } = store.getState();
    const snapshots: [number, number][] = [];
    for (let i = 0; i < 8; i++) {
      snapshots.push([store.getState().index, store.getState().time]);
      actions.stepForward();
    }
    for (let i = 7; i >= 0; i--) {
      actions.stepBack();
      expect([store.getState().index, store.getState().time]).toEqual(snapshots[i]);
    }
    const trace = store.getState().traces[0]!;
    actions.seekIndex(6);
    expect(selectCurrentEvent(store.getState())).toBe(trace.events[5]);
  });

  it('jumps to either end and restarts playing from the end', () => {
    const store = makeStore(handshake, { precomputed: true });
    const { actions } = store.getState();
    actions.jumpToEnd();
    const s = store.getState();
    expect(s.index).toBe(s.traces[0]!.events.length);
    expect(s.time).toBe(150);
    actions.play();
    expect(store.getState()).toMatchObject({ playing: true, index: 0, time: 0 });
    actions.jumpToStart();
    expect(store.getState()).toMatchObject({ playing: false, index: 0, time: 0 });
  });

  it('keeps the playhead at the same moment when a fault is added', async () => {
    const store = makeStore(handshake, { precomputed: true });
    store.getState().actions.seekTime(75);
    store
      .getState()
      .actions.addFault({ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' });
    const s = await settled(store);
    expect(s.time).toBe(75);
    expect(s.scenario.faults).toHaveLength(1);
    // The SYN was lost, so at 75 ms the server has not heard anything yet.
    const trace = s.traces[0]!;
    expect(trace.events.some((e) => e.type === 'drop')).toBe(true);
    expect(selectAppliedCount(0)(s)).toBe(trace.events.filter((e) => e.t <= 75).length);
    store.getState().actions.removeFault(0);
    expect((await settled(store)).scenario.faults).toEqual([]);
  });

  it('keeps a moment in the middle of an instant, not the instant’s last event, across an edit', async () => {
    const store = makeStore(handshake, { precomputed: true });
    const { actions } = store.getState();
    // Step to the client's SYN: sent at 0 ms, with more events at 0 ms after it (its timer).
    let s = store.getState();
    const trace = s.traces[0]!;
    const sent = trace.events.findIndex(
      (e) => e.type === 'send' && e.segment.flags.includes('SYN'),
    );
    expect(trace.events[sent + 1]?.t).toBe(trace.events[sent]!.t);
    for (let i = 0; i <= sent; i++) actions.stepForward();
    expect(store.getState().index).toBe(sent + 1);
    actions.addFault({
      match: { from: 'client', flags: ['SYN'], nth: 1 },
      action: 'duplicate',
      ms: 200,
    });
    s = await settled(store);
    expect(s.scenario.faults).toHaveLength(1);
    // Still just after the SYN is sent: the narration says the same, the next step goes on.
    expect(s.index).toBe(sent + 1);
    expect(selectCurrentEvent(s)).toMatchObject({ type: 'send', segment: { flags: ['SYN'] } });
  });

  it('a run redone while playing lands where the playhead is, not at the last committed step', async () => {
    const store = makeStore(handshake, { precomputed: true });
    const { actions } = store.getState();
    actions.seekTime(40);
    actions.play();
    // The playback clock's playhead has moved on to 75 ms; steps have not reached the store.
    actions.setLiveTime(() => 75);
    actions.setLatency(60);
    const s = await settled(store);
    expect(s.time).toBe(75);
    expect(s.index).toBe(s.model.times.filter((t) => t <= 75).length);
    // Without a clock, or when paused, the store's own time is the moment.
    actions.pause();
    actions.setLiveTime(() => 120);
    actions.setLatency(50);
    expect((await settled(store)).time).toBe(75);
    actions.setLiveTime(null);
  });

  it('reports an invalid scenario without losing the last good run', async () => {
    const store = makeStore(handshake, { precomputed: true });
    const before = store.getState().traces;
    store.getState().actions.setLatency(-5);
    const s = await settled(store);
    expect(s.status).toBe('error');
    expect(s.problems).toMatchObject([
      { path: 'latencyMs', message: 'must be a number from 0 to 600000, got -5' },
    ]);
    expect(s.problems).toHaveLength(1);
    expect(s.traces).toBe(before);
    s.actions.dismissError();
    expect(store.getState().problems).toEqual([]);
  });

  it('forgets a message about an earlier attempt once another scenario is loaded', async () => {
    const store = makeStore(handshake, { precomputed: true });
    store.getState().actions.notify('This link cannot be opened: there is no preset called "x".');
    expect(store.getState().notice).not.toBeNull();
    const next = BUILT_IN_SCENARIOS[1]!;
    store.getState().actions.loadScenario(next.id, next.scenario);
    expect(store.getState().notice).toBeNull();
    expect((await settled(store)).status).toBe('ready');
  });

  it('narrates the diagram a phone shows, whichever run the step was in', async () => {
    const story = BUILT_IN_SCENARIOS.find((b) => b.id === 'old-duplicate-syn')!;
    const store = makeStore(handshake, { precomputed: true });
    store.getState().actions.loadScenario(story.id, story.scenario, { compare: true });
    const s = await settled(store);
    // A step whose event is in the three-way run.
    const step = s.model.times.findIndex((_, i) => s.model.traceOf(i) === 1) + 1;
    s.actions.seekIndex(step);
    expect(selectNarratedTraceIndex(store.getState())).toBe(1);
    store.getState().actions.setShownColumn(0);
    expect(selectNarratedTraceIndex(store.getState())).toBe(0);
    store.getState().actions.setShownColumn(null);
    expect(selectNarratedTraceIndex(store.getState())).toBe(1);
  });

  it('runs both protocols side by side for the old-duplicate-SYN story', async () => {
    const story = BUILT_IN_SCENARIOS.find((b) => b.id === 'old-duplicate-syn')!;
    const store = makeStore(handshake, { precomputed: true });
    store.getState().actions.loadScenario(story.id, story.scenario, { compare: story.compare });
    const s = await settled(store);
    expect(s.protocols).toEqual(['two-way', 'three-way']);
    expect(s.traces.map((t) => t.summary.protocol)).toEqual(['two-way', 'three-way']);
    expect(s.traces[0]!.summary.anomalies.map((a) => a.kind)).toContain('phantom-connection');
    expect(s.traces[1]!.summary.anomalies.filter((a) => a.kind === 'phantom-connection')).toEqual(
      [],
    );
    expect(s.model.length).toBe(s.traces[0]!.events.length + s.traces[1]!.events.length);
  });

  it('selects a segment and forgets the selection when it no longer exists', async () => {
    const store = makeStore(handshake, { precomputed: true });
    store.getState().actions.select({ trace: 0, id: 2 });
    expect(selectSelectedSegment(store.getState())?.flags).toEqual(['SYN', 'ACK']);
    store.getState().actions.select({ trace: 0, id: 99 });
    store.getState().actions.setLossRate(0);
    expect((await settled(store)).selected).toBeNull();
  });

  it('keeps speed within 0.25× to 4× and steps through the speed list', () => {
    const store = makeStore(handshake, { precomputed: true });
    const { actions } = store.getState();
    actions.setSpeed(10);
    expect(store.getState().speed).toBe(4);
    actions.faster();
    expect(store.getState().speed).toBe(4);
    actions.setSpeed(0.1);
    expect(store.getState().speed).toBe(0.25);
    actions.faster();
    expect(store.getState().speed).toBe(0.5);
    actions.slower();
    actions.slower();
    expect(store.getState().speed).toBe(0.25);
  });
});
