import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import { DEFAULT_BUILT_IN } from '../app/builtin-catalogue.ts';
import { buildPlaybackModel } from './playback-model.ts';
import {
  runsAtStop,
  segmentStops,
  stepBackBySegment,
  stepForwardBySegment,
} from './segment-steps.ts';

const basic = DEFAULT_BUILT_IN.scenario;

/** What each step by segment ends on: the last applied event, as the narration tells it. */
function walk(traces: ReturnType<typeof simulate>[]) {
  const model = buildPlaybackModel(traces);
  const stops = segmentStops(traces, model);
  const seen: string[] = [];
  let c = { index: 0, time: 0 };
  for (let n = 0; n < 100 && c.index < model.length; n++) {
    c = stepForwardBySegment(stops, model.times, c);
    const k = model.traceOf(c.index - 1);
    const e = traces[k]!.events[model.appliedIn(k, c.index) - 1]!;
    const flags =
      e.type === 'send' || e.type === 'deliver' || e.type === 'drop'
        ? ` ${e.segment.flags.join('+')}`
        : '';
    seen.push(`${e.t} ${e.type}${flags}`);
  }
  return { model, stops, seen };
}

describe('stepping by segment', () => {
  it('takes the default handshake in four steps: an arrival, the state it brings, its answer', () => {
    const { seen } = walk([simulate(basic)]);
    expect(seen.slice(0, 4)).toEqual([
      '0 send SYN',
      '50 send SYN+ACK',
      '100 send ACK',
      '150 state',
    ]);
  });

  it('in a comparison, takes each moment once for both protocols', () => {
    const traces = [simulate({ ...basic, protocol: 'two-way' }), simulate(basic)];
    const both = walk(traces);
    const one = walk([simulate(basic)]);
    // Two traces, twice the events, not twice the steps: the moments are the union of each
    // run's (the two-way run's handshake is shorter).
    expect(both.model.length).toBeGreaterThan(1.8 * one.model.length);
    expect(both.stops.length).toBeLessThanOrEqual(one.stops.length + 2);
  });

  it('back goes to the stop before, and from between events first to the last applied one', () => {
    const traces = [simulate(basic)];
    const { model, stops } = walk(traces);
    const second = { index: stops[1]!, time: model.times[stops[1]! - 1]! };
    expect(stepBackBySegment(stops, model.times, second)).toEqual({
      index: stops[0]!,
      time: model.times[stops[0]! - 1]!,
    });
    const between = { index: stops[1]!, time: second.time + 10 };
    expect(stepBackBySegment(stops, model.times, between)).toEqual(second);
    expect(stepBackBySegment(stops, model.times, { index: stops[0]!, time: 0 })).toEqual({
      index: 0,
      time: 0,
    });
  });

  it('after the last segment, a step goes to the end of the run (TIME-WAIT expiring)', () => {
    const traces = [simulate(basic)];
    const { model, stops } = walk(traces);
    const last = { index: stops[stops.length - 1]!, time: 0 };
    last.time = model.times[last.index - 1]!;
    expect(stepForwardBySegment(stops, model.times, last).index).toBe(model.length);
  });
});

describe('runsAtStop: what a step by segment brought in each run', () => {
  const traces = [simulate({ ...basic, protocol: 'two-way' }), simulate(basic)];
  const model = buildPlaybackModel(traces);
  const stops = segmentStops(traces, model);
  const last = (run: number, applied: number) => {
    const e = traces[run]!.events[applied - 1]!;
    const flags =
      e.type === 'send' || e.type === 'deliver' || e.type === 'drop'
        ? ` ${e.segment.flags.join('+')}`
        : '';
    return `${e.t} ${e.type}${flags}`;
  };

  it('tells both runs at the first stop: each one’s SYN, not the timer it set after', () => {
    const runs = runsAtStop(traces, model, stops[0]!)!;
    expect(runs.map((r) => [r.run, last(r.run, r.applied)])).toEqual([
      [0, '0 send SYN'],
      [1, '0 send SYN'],
    ]);
  });

  it('is null between stops (a seek or a step by event tells one event)', () => {
    expect(runsAtStop(traces, model, stops[0]! - 1)).toBeNull();
    expect(runsAtStop(traces, model, 0)).toBeNull();
  });

  it('leaves out a run with nothing at the moment', () => {
    // The three-way run's third message lands at 150 ms; the two-way run has no event there.
    const at150 = stops.find((s) => model.times[s - 1] === 150)!;
    expect(runsAtStop(traces, model, at150)!.map((r) => r.run)).toEqual([1]);
  });
});
