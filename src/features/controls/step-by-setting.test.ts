// What a step moves by: a remembered choice wins; without one, presenter mode steps by segment
// and the normal view by event, and those defaults are not remembered as choices.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import { createInThreadWorker } from '../../protocol/in-thread-worker.ts';
import { createSimClient } from '../../protocol/sim-client.ts';
import { createLabStore } from '../../state/store.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { rememberStepBy } from './step-by-setting.ts';

const KEY = 'handshake-lab.step-by';

function labStore(presenter: boolean) {
  return createLabStore({
    client: createSimClient({ createWorker: () => createInThreadWorker() }),
    initial: {
      scenarioId: null,
      scenario: handshake,
      traces: [simulate(handshake)],
      modes: { presenter, embed: false, predict: false },
    },
  });
}

describe('step unit', () => {
  let stored: Map<string, string>;
  beforeEach(() => {
    stored = new Map();
    globalThis.localStorage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    } as Storage;
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  it('steps by segment in presenter mode and by event elsewhere until one is chosen', () => {
    const store = labStore(true);
    const stop = rememberStepBy(store);
    expect(store.getState().stepBy).toBe('segment');
    store.getState().actions.setPresenter(false);
    expect(store.getState().stepBy).toBe('event');
    store.getState().actions.setPresenter(true);
    expect(store.getState().stepBy).toBe('segment');
    // The defaults are not choices: nothing is remembered.
    expect(stored.has(KEY)).toBe(false);
    stop();
  });

  it('keeps a choice, in and out of presenter mode, and remembers it', () => {
    const store = labStore(true);
    const stop = rememberStepBy(store);
    store.getState().actions.setStepBy('event');
    expect(stored.get(KEY)).toBe('event');
    store.getState().actions.setPresenter(false);
    store.getState().actions.setPresenter(true);
    expect(store.getState().stepBy).toBe('event');
    stop();
  });

  it('a remembered choice wins over presenter mode’s default', () => {
    stored.set(KEY, 'event');
    const store = labStore(true);
    const stop = rememberStepBy(store);
    expect(store.getState().stepBy).toBe('event');
    stop();
    stored.set(KEY, 'segment');
    const normal = labStore(false);
    rememberStepBy(normal)();
    expect(normal.getState().stepBy).toBe('segment');
  });
});
