// A play or step pressed in predict mode before the stops have loaded waits for them, so the
// first stop holds even then.
import { describe, expect, it } from 'vitest';
import { clockedStore, handshakeStore } from '../../state/test-clock.ts';
import { installPredictGate } from './predict-gate.ts';
import { installPredictStops, stopsOf } from './predict-stops.ts';

const predictStore = (predict = true) => handshakeStore({ predict });

/** Lets queued microtasks (the gate's and the stops' corrections) run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('predict gate', () => {
  it('holds a Play pressed before the stops load, plays once they listen, and the first stop holds', async () => {
    const store = predictStore();
    const first = stopsOf(store.getState())[0]!;
    expect(first).toBeGreaterThan(1);
    const remove = installPredictGate(store);
    store.getState().actions.play();
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ playing: false, index: 0 });
    // The predict module arrives: its stops listen, and the held Play goes.
    const removeStops = installPredictStops(store);
    expect(store.getState().playing).toBe(true);
    // The clock plays on: it stops before the first arrival that gets an answer.
    const times = store.getState().model.times;
    const { frame, hasFrame, stop: stopClock } = clockedStore(store);
    for (let i = 0; i < 300 && hasFrame(); i++) frame(16);
    await settle();
    expect(store.getState()).toMatchObject({ playing: false, index: first, time: times[first] });
    stopClock();
    removeStops();
    remove();
  });

  it('replays a step forward made before the stops load', async () => {
    const store = predictStore();
    const remove = installPredictGate(store);
    store.getState().actions.stepForward();
    await Promise.resolve();
    expect(store.getState().index).toBe(0);
    const removeStops = installPredictStops(store);
    expect(store.getState().index).toBe(1);
    removeStops();
    remove();
  });

  it('leaves playing alone outside predict mode, and seeks alone in it', async () => {
    const plain = predictStore(false);
    const removePlain = installPredictGate(plain);
    plain.getState().actions.play();
    await settle();
    expect(plain.getState().playing).toBe(true);
    removePlain();

    const store = predictStore();
    const remove = installPredictGate(store);
    store.getState().actions.jumpToEnd();
    await Promise.resolve();
    expect(store.getState().index).toBe(store.getState().model.length);
    remove();
  });
});
