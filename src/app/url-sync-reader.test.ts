// A link to read when the link reader has not loaded (offline, before the chunk was cached):
// the page says so in words, and what is on screen stays. (Its own file: a fresh module, so
// the reader has not been loaded by another test.)
import { expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import { createInThreadWorker } from '../protocol/in-thread-worker.ts';
import { createSimClient } from '../protocol/sim-client.ts';
import { createLabStore } from '../state/store.ts';
import { findBuiltIn } from './builtin-scenarios.ts';
import { translator } from './i18n/i18n.tsx';
import { applyLink } from './url-sync.ts';

it('a link read without its reader says the reader did not load, and the run stays', () => {
  const scenario = findBuiltIn('lost-syn')!.scenario;
  const traces = [simulate(scenario)];
  const store = createLabStore({
    client: createSimClient({ createWorker: () => createInThreadWorker() }),
    initial: { scenarioId: 'lost-syn', scenario, traces },
  });
  applyLink(store, '#v1.p=lost-syn&t=1000');
  const notice = store.getState().notice;
  expect(
    typeof notice === 'function' ? notice({ t: translator(), translations: null }) : notice,
  ).toMatch(/part of the lab that reads links did not load/);
  expect(store.getState()).toMatchObject({ scenarioId: 'lost-syn', traces, time: 0 });
});
