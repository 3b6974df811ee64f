import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import type { Scenario } from '../core/scenario.ts';
import { DEFAULT_BUILT_IN } from '../app/builtin-catalogue.ts';
import { findPreset } from '../presets/index.ts';
import { MAX_ZOOM, MAX_ZOOMED_SEGMENTS, runTimeScale, zoomFor } from './run-time-scale.ts';

const basic = DEFAULT_BUILT_IN.scenario;
const withOldSyn: Scenario = {
  ...basic,
  inject: [{ at: 20, to: 'server', flags: ['SYN'], seq: 90 }],
};

describe('the time scale of simulated runs', () => {
  it('leaves a run whose segments are well apart at true size', () => {
    expect(zoomFor([simulate(basic)])).toBe(1);
    const scale = runTimeScale([simulate(basic)]);
    expect(scale.toDisplay(150)).toBe(150);
  });

  it('zooms in on a handshake crowded by an old SYN, evenly, for both sides of a comparison', () => {
    const traces = [simulate({ ...withOldSyn, protocol: 'two-way' }), simulate(withOldSyn)];
    // Arrows' midpoints 20 ms apart get the room of 40 ms.
    expect(zoomFor(traces)).toBe(2);
    const scale = runTimeScale(traces);
    expect([20, 50, 70, 120].map((t) => scale.toDisplay(t))).toEqual([40, 100, 140, 240]);
    // The wait for the data 1.5 s in is still an idle break, not 2.7 s of empty diagram.
    expect(scale.breaks.some((b) => b.t0 < 1500 && b.t1 >= 1500)).toBe(true);
  });

  it('never stretches more than MAX_ZOOM (a simultaneous open: arrows 10 ms apart)', () => {
    expect(zoomFor([simulate(findPreset('simultaneous-open')!.scenario)])).toBe(MAX_ZOOM);
  });

  it('leaves dense runs to the crowding rules: a SYN flood is not zoomed', () => {
    const flood = simulate(findPreset('syn-flood-cookies')!.scenario);
    expect(flood.events.filter((e) => e.type === 'send').length).toBeGreaterThan(
      MAX_ZOOMED_SEGMENTS,
    );
    expect(zoomFor([flood])).toBe(1);
  });
});
