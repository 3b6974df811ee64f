// The scenario checks are a chunk of their own, loaded with the first run that needs them
// (store.ts). If it cannot load (offline, before it was cached), the run ends in an error that
// says so, and the run on screen stays. (Its own file: the module is replaced for it alone.)
import { expect, it, vi } from 'vitest';
import { simulate } from '../core/index.ts';
import { createInThreadWorker } from '../protocol/in-thread-worker.ts';
import { createSimClient } from '../protocol/sim-client.ts';
import { handshake } from './test-scenarios.ts';

vi.doMock('./validate-scenario.ts', () => {
  throw new Error('Failed to fetch dynamically imported module (offline)');
});

it('a run whose checks cannot load ends in an error, and the run on screen stays', async () => {
  const { createLabStore } = await import('./store.ts');
  const traces = [simulate(handshake)];
  const store = createLabStore({
    client: createSimClient({ createWorker: () => createInThreadWorker() }),
    initial: { scenarioId: null, scenario: handshake, traces },
  });
  store.getState().actions.loadScenario(null, { ...handshake, latencyMs: 80 });
  expect(store.getState().status).toBe('running');
  await vi.waitFor(() => expect(store.getState().status).toBe('error'));
  // The load failure's own words (here vitest's wrapping of the one thrown above).
  expect(store.getState().error).toMatch(/\S/);
  expect(store.getState()).toMatchObject({ problems: [], playing: false });
  expect(store.getState().traces).toBe(traces);
});
