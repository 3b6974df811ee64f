import { describe, expect, it } from 'vitest';
import { DISPLAY_MS_PER_SECOND, setPlayHold } from './playback-clock.ts';
import { clockedStore } from './test-clock.ts';

const setup = () => clockedStore();

describe('playback clock', () => {
  it('moves the playhead every frame but touches the store only when an event is crossed', () => {
    const { store, playhead, frame } = setup();
    let storeWrites = 0;
    store.subscribe(() => storeWrites++);
    store.getState().actions.play();
    storeWrites = 0;
    frame(0); // first frame: no elapsed time yet
    frame(16);
    const perFrame = (16 * DISPLAY_MS_PER_SECOND) / 1000;
    expect(playhead.get()).toBeCloseTo(perFrame);
    // The SYN-ACK leaves at 50 ms: frames before it do not touch the store again.
    const writesBefore = storeWrites;
    frame(16);
    expect(playhead.get()).toBeCloseTo(2 * perFrame);
    expect(storeWrites).toBe(writesBefore);
    for (let i = 0; i < 12; i++) frame(16);
    expect(playhead.get()).toBeGreaterThan(50);
    expect(store.getState().index).toBe(
      store.getState().traces[0]!.events.filter((e) => e.t <= playhead.get()).length,
    );
  });

  it('stops at the end of the run and pauses', () => {
    const { store, playhead, frame, hasFrame } = setup();
    store.getState().actions.play();
    for (let i = 0; i < 200 && hasFrame(); i++) frame(50);
    expect(store.getState().playing).toBe(false);
    expect(playhead.get()).toBe(150);
    expect(store.getState().index).toBe(store.getState().traces[0]!.events.length);
  });

  it('follows discrete moves and remembers the exact moment on pause', () => {
    const { store, playhead, frame } = setup();
    store.getState().actions.seekTime(100);
    expect(playhead.get()).toBe(100);
    store.getState().actions.jumpToStart();
    store.getState().actions.play();
    frame(0);
    frame(40);
    store.getState().actions.pause();
    expect(store.getState().time).toBeCloseTo(playhead.get());
    expect(store.getState().time).toBeCloseTo((40 * DISPLAY_MS_PER_SECOND) / 1000);
  });

  it('stops where a hold says, on the frame it would cross it, never a frame past it', () => {
    const { store, playhead, frame } = setup();
    const times = store.getState().model.times;
    // Hold just before the first event at 50 ms (the SYN-ACK's arrival side of the story).
    const stop = times.findIndex((t) => t >= 50);
    const seen: number[] = [];
    playhead.on('change', (t) => seen.push(t));
    setPlayHold(store, (from, to) =>
      from.index <= stop && to.index > stop ? { index: stop, time: times[stop]! } : null,
    );
    store.getState().actions.setSpeed(4);
    store.getState().actions.play();
    for (let i = 0; i < 40 && store.getState().playing; i++) frame(33);
    expect(store.getState()).toMatchObject({ playing: false, index: stop, time: times[stop] });
    expect(Math.max(...seen)).toBe(times[stop]);
    // Playing on from the hold: the hold lets it pass (here: no stop at or after `from`).
    setPlayHold(store, null);
    store.getState().actions.play();
    frame(0);
    frame(33);
    expect(playhead.get()).toBeGreaterThan(times[stop]!);
  });
});
