import { describe, expect, it } from 'vitest';
import type { Scenario } from '../core/index.ts';
import { MIN_COMMIT_INTERVAL_MS } from './commit-pacer.ts';
import { DISPLAY_MS_PER_SECOND, onPlaybackReadout, setPlayHold } from './playback-clock.ts';
import { clockedStore, storeFor } from './test-clock.ts';

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

  describe('readout frames (when text that follows the playhead is rewritten)', () => {
    /** A bulk transfer: at 4×, steps are due faster than the commit pace. */
    const bulk: Scenario = {
      version: 1,
      actions: [
        { at: 0, host: 'server', call: 'listen' },
        { at: 0, host: 'client', call: 'connect' },
        { at: 200, host: 'client', call: 'send', bytes: 2_000_000 },
      ],
    };
    /** Plays `frames` frames of `ms`; per frame, whether it committed a step and read out. */
    function play(c: ReturnType<typeof clockedStore>, frames: number, ms: number) {
      const log: { commit: boolean; readout: number | null }[] = [];
      const readouts: number[] = [];
      const off = onPlaybackReadout(c.store, (t) => readouts.push(t));
      c.store.getState().actions.play();
      for (let i = 0; i < frames && c.store.getState().playing; i++) {
        const index = c.store.getState().index;
        const before = readouts.length;
        c.frame(i === 0 ? 0 : ms);
        const readout = readouts.length > before ? readouts.at(-1)! : null;
        log.push({ commit: c.store.getState().index !== index, readout });
      }
      off();
      return log;
    }

    it('while steps come faster than the commit pace, reads out on exactly the frames that commit', () => {
      const c = clockedStore(storeFor(bulk));
      c.store.getState().actions.setSpeed(4);
      c.store.getState().actions.seekTime(210);
      const log = play(c, 120, 1000 / 60);
      const commits = log.filter((f) => f.commit).length;
      expect(commits).toBeGreaterThan(10);
      // The first frame reads out where playing starts; from then on, only commit frames.
      expect(log[0]!.readout).toBe(210);
      for (const f of log.slice(1)) expect(f.readout !== null).toBe(f.commit);
      // And it reads out the playhead's time of that frame.
      expect(log.at(-1)!.readout ?? c.playhead.get()).toBeLessThanOrEqual(c.playhead.get());
    });

    it('while no event is crossed, still reads out once per commit interval', () => {
      const c = clockedStore();
      // The handshake's events are 50 ms apart in virtual time: at 0.25×, whole seconds.
      c.store.getState().actions.setSpeed(0.25);
      const ms = 1000 / 60;
      const log = play(c, 90, ms);
      const readouts = log.flatMap((f, i) => (f.readout === null ? [] : [i]));
      const quiet = log.filter((f) => f.readout !== null && !f.commit).length;
      expect(quiet).toBeGreaterThan(5);
      for (let k = 1; k < readouts.length; k++) {
        const gap = (readouts[k]! - readouts[k - 1]!) * ms;
        // Never longer than an interval (and a frame); shorter only when a step commits.
        expect(gap).toBeLessThan(MIN_COMMIT_INTERVAL_MS + ms + 0.001);
        if (gap < MIN_COMMIT_INTERVAL_MS - 0.001) expect(log[readouts[k]!]!.commit).toBe(true);
      }
      const times = log.flatMap((f) => (f.readout === null ? [] : [f.readout]));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('reads nothing out at rest', () => {
      const c = clockedStore();
      let readouts = 0;
      onPlaybackReadout(c.store, () => readouts++);
      c.store.getState().actions.seekTime(100);
      c.store.getState().actions.stepForward();
      c.store.getState().actions.jumpToEnd();
      expect(readouts).toBe(0);
    });
  });
});
