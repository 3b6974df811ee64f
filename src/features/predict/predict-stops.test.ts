import { describe, expect, it } from 'vitest';
import { clockedStore } from '../../state/test-clock.ts';
import { installPredictStops, setQuestionRevealer, stopsOf } from './predict-stops.ts';

function setup() {
  const clocked = clockedStore();
  installPredictStops(clocked.store);
  return clocked;
}

describe('predict stops while playing', () => {
  it('stop at the question on the frame the playhead reaches it', async () => {
    const { store, playhead, frame } = setup();
    store.getState().actions.setPredict(true);
    const first = stopsOf(store.getState())[0]!;
    const at = store.getState().model.times[first]!;
    store.getState().actions.play();
    const seen: number[] = [];
    for (let i = 0; i < 200 && store.getState().playing; i++) {
      frame(16);
      seen.push(playhead.get());
    }
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ playing: false, index: first, time: at });
    expect(Math.max(...seen)).toBe(at);
  });

  it('switched on while playing, never pull the playhead back to a question already played past', async () => {
    const { store, playhead, frame } = setup();
    const first = stopsOf(store.getState())[0]!;
    const at = store.getState().model.times[first]!;
    store.getState().actions.setSpeed(4);
    store.getState().actions.play();
    // Play on until the playhead has passed the first question while the store's last step
    // (the commit pacer lets one through at most every 100 ms) is still before it.
    let i = 0;
    while (!(playhead.get() > at && store.getState().index <= first) && i++ < 400) frame(16);
    expect(playhead.get()).toBeGreaterThan(at);
    expect(store.getState().index).toBeLessThanOrEqual(first);
    const switchedAt = playhead.get();
    store.getState().actions.setPredict(true);
    for (let k = 0; k < 5; k++) {
      frame(16);
      await Promise.resolve();
      expect(playhead.get()).toBeGreaterThanOrEqual(switchedAt);
    }
  });

  it('a jump to the end made while playing goes to the end (jumps never stop)', async () => {
    const { store, frame } = setup();
    store.getState().actions.setPredict(true);
    store.getState().actions.play();
    frame(16);
    frame(16);
    store.getState().actions.jumpToEnd();
    await Promise.resolve();
    expect(store.getState().index).toBe(store.getState().model.length);
  });
});

describe('moving on from a question', () => {
  /** Steps forward until the cursor is held at the first question. */
  async function atFirstQuestion() {
    const clocked = setup();
    const { store } = clocked;
    store.getState().actions.setPredict(true);
    const first = stopsOf(store.getState())[0]!;
    const held = () =>
      store.getState().index === first &&
      store.getState().time === store.getState().model.times[first];
    for (let i = 0; i < 50 && !held(); i++) {
      store.getState().actions.stepForward();
      await Promise.resolve();
    }
    expect(held()).toBe(true);
    return { ...clocked, first };
  }

  it('a step forward (a clicker) or Play reveals the question rather than passing it', async () => {
    for (const move of ['stepForward', 'play'] as const) {
      const { store, first } = await atFirstQuestion();
      const revealed: number[] = [];
      setQuestionRevealer(store, (stop) => revealed.push(stop) > 0);
      store.getState().actions[move]();
      await Promise.resolve();
      expect({ move, revealed }).toEqual({ move, revealed: [first] });
      // Any other move from the question is the user's own: a step back is not a reveal.
      store.getState().actions.pause();
      store.setState({ index: first, time: store.getState().model.times[first]! });
      await Promise.resolve();
      store.getState().actions.stepBack();
      await Promise.resolve();
      expect(revealed).toEqual([first]);
    }
  });

  it('with nothing to reveal it (no question form), a step goes on past the question', async () => {
    const { store, first } = await atFirstQuestion();
    store.getState().actions.stepForward();
    await Promise.resolve();
    expect(store.getState().index).toBe(first + 1);
  });

  it('the scrub bar moved on by one event at a question stops there too, as a step would', async () => {
    const { store, first } = await atFirstQuestion();
    const revealed: number[] = [];
    setQuestionRevealer(store, (stop) => revealed.push(stop) > 0);
    store.getState().actions.seekIndex(first + 1);
    await Promise.resolve();
    expect(revealed).toEqual([first]);
  });

  it('a question not shown yet is not revealed: the cursor goes back to it', async () => {
    const { store, first } = await atFirstQuestion();
    setQuestionRevealer(store, () => false);
    store.getState().actions.stepForward();
    await Promise.resolve();
    expect(store.getState().index).toBe(first);
    expect(store.getState().time).toBe(store.getState().model.times[first]);
  });

  it('by segment, a step stops at the next question itself: nothing past it is ever in the store', async () => {
    const { store } = setup();
    store.getState().actions.setPredict(true);
    store.getState().actions.setStepBy('segment');
    const first = stopsOf(store.getState())[0]!;
    let furthest = 0;
    store.subscribe((s) => (furthest = Math.max(furthest, s.index)));
    for (let i = 0; i < 10 && store.getState().index !== first; i++) {
      store.getState().actions.stepForward();
      await Promise.resolve();
    }
    expect(store.getState()).toMatchObject({
      index: first,
      time: store.getState().model.times[first],
    });
    expect(furthest).toBe(first);
    // From the question (none shown to reveal it here), the next step is one event: the arrival.
    store.getState().actions.stepForward();
    await Promise.resolve();
    expect(store.getState().index).toBe(first + 1);
  });
});
