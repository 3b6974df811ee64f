import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import type { Scenario } from '../core/scenario.ts';
import { createInThreadWorker } from '../protocol/in-thread-worker.ts';
import { createSimClient } from '../protocol/sim-client.ts';
import { findPreset } from '../presets/index.ts';
import { compareForChosenPreset, scenariosFor } from './compare-mode.ts';
import { createLabStore, type LabState, type LabStore } from './store.ts';

const lostSyn = findPreset('lost-syn')!.scenario;

function storeWith(scenario: Scenario): LabStore {
  const client = createSimClient({ createWorker: () => createInThreadWorker() });
  return createLabStore({
    client,
    initial: { scenarioId: 'lost-syn', scenario, traces: [simulate(scenario)] },
  });
}

/** The state once the run that `act` starts has finished. */
function after(store: LabStore, act: () => void): Promise<LabState> {
  return new Promise((resolve) => {
    const stop = store.subscribe(
      (s) => s.status,
      (status) => {
        if (status === 'ready' || status === 'error') {
          stop();
          resolve(store.getState());
        }
      },
    );
    act();
  });
}

describe('comparison modes', () => {
  it('plans one run, two protocols, or two profiles', () => {
    expect(scenariosFor(lostSyn, 'off').scenarios).toEqual([lostSyn]);
    expect(scenariosFor(lostSyn, false)).toEqual(scenariosFor(lostSyn, 'off'));
    expect(scenariosFor(lostSyn, true)).toEqual(scenariosFor(lostSyn, 'protocols'));
    const protocols = scenariosFor(lostSyn, 'protocols');
    expect(protocols.scenarios.map((s) => s.protocol)).toEqual(['two-way', 'three-way']);
    expect(protocols.profiles).toEqual(['rfc9293', 'rfc9293']);
    const profiles = scenariosFor({ ...lostSyn, protocol: 'two-way' }, 'profiles');
    expect(profiles.scenarios.map((s) => s.profile)).toEqual(['rfc9293', 'linux']);
    expect(profiles.protocols).toEqual(['two-way', 'two-way']);
  });

  it("keeps a linux scenario's sysctl on the Linux side only (the RFC profile has no such knobs)", () => {
    const tuned: Scenario = {
      ...lostSyn,
      profile: 'linux',
      sysctl: { 'net.ipv4.tcp_syn_linear_timeouts': 0 },
    };
    const [rfc, linux] = scenariosFor(tuned, 'profiles').scenarios;
    expect(rfc).not.toHaveProperty('sysctl');
    expect(rfc!.profile).toBe('rfc9293');
    expect(linux).toEqual(tuned);
  });

  it('runs the scenario under RFC 9293 and Linux, and the two switches exclude each other', async () => {
    const store = storeWith(lostSyn);
    let s = await after(store, () => store.getState().actions.setCompareMode('profiles'));
    expect([s.compareMode, s.compare]).toEqual(['profiles', true]);
    expect(s.profiles).toEqual(['rfc9293', 'linux']);
    expect(s.traces.map((t) => t.summary.profile)).toEqual(['rfc9293', 'linux']);
    expect(s.model.length).toBe(s.traces[0]!.events.length + s.traces[1]!.events.length);

    // The protocols switch takes over from the profiles one…
    s = await after(store, () => s.actions.setCompare(true));
    expect(s.compareMode).toBe('protocols');
    expect(s.traces.map((t) => t.summary.protocol)).toEqual(['two-way', 'three-way']);
    // …and back.
    s = await after(store, () => s.actions.setCompareMode('profiles'));
    expect(s.compareMode).toBe('profiles');
    s = await after(store, () => s.actions.setCompare(false));
    expect([s.compareMode, s.compare, s.traces.length]).toEqual(['off', false, 1]);
  });

  it('loads a scenario in the mode asked for (true meaning two-way vs three-way, as always)', async () => {
    const store = storeWith(lostSyn);
    let s = await after(store, () =>
      store.getState().actions.loadScenario('lost-syn', lostSyn, { compare: 'profiles' }),
    );
    expect(s.compareMode).toBe('profiles');
    s = await after(store, () => s.actions.loadScenario('lost-syn', lostSyn, { compare: true }));
    expect(s.compareMode).toBe('protocols');
    // Without a mode, loading keeps the current one.
    s = await after(store, () => s.actions.setCompareMode('profiles'));
    s = await after(store, () => s.actions.loadScenario(null, lostSyn));
    expect(s.compareMode).toBe('profiles');
  });

  it('opens a chosen preset with RFC 9293 vs Linux kept on, two-way vs three-way as the preset says', () => {
    expect(compareForChosenPreset(false, 'profiles', 'profiles')).toBe('profiles');
    expect(compareForChosenPreset(false, 'protocols', 'protocols')).toBe('off');
    expect(compareForChosenPreset(true, 'off', 'off')).toBe('protocols');
    expect(compareForChosenPreset(true, 'profiles', 'profiles')).toBe('protocols');
    expect(compareForChosenPreset(false, 'off', 'off')).toBe('off');
  });

  it('keeps a comparison switched while the chosen preset was loading (the later choice)', () => {
    expect(compareForChosenPreset(false, 'off', 'profiles')).toBe('profiles');
    expect(compareForChosenPreset(false, 'off', 'protocols')).toBe('protocols');
    expect(compareForChosenPreset(true, 'protocols', 'off')).toBe('off');
  });
});
