import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import {
  buildPlaybackModel,
  cursorAt,
  stepAtInstant,
  indexAtTime,
  seekTime,
  stepBack,
  stepForward,
  timeOfIndex,
} from './playback-model.ts';
import { handshake } from './test-scenarios.ts';

const times = Float64Array.from([0, 0, 50, 50, 50, 100]);

describe('seeking', () => {
  it('finds the number of events at or before a time by binary search', () => {
    expect(indexAtTime(times, -1)).toBe(0);
    expect(indexAtTime(times, 0)).toBe(2);
    expect(indexAtTime(times, 49.9)).toBe(2);
    expect(indexAtTime(times, 50)).toBe(5);
    expect(indexAtTime(times, 1000)).toBe(6);
  });

  it('seeks to any moment of a 10,000-event trace in well under a frame', () => {
    const big = Float64Array.from({ length: 10_000 }, (_, i) => i * 3);
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) seekTime(big, (i * 7919) % 30_000);
    expect((performance.now() - start) / 10_000).toBeLessThan(0.1);
    expect(seekTime(big, 4500)).toEqual({ index: 1501, time: 4500 });
  });

  it('clamps a seek to the run', () => {
    expect(seekTime(times, 500)).toEqual({ index: 6, time: 100 });
    expect(seekTime(times, -5)).toEqual({ index: 2, time: 0 });
  });
});

describe('stepping', () => {
  it('moves one event at a time, even within one instant', () => {
    let c = { index: 0, time: 0 };
    const seen: [number, number][] = [];
    for (let i = 0; i < 7; i++) {
      c = stepForward(times, c);
      seen.push([c.index, c.time]);
    }
    expect(seen).toEqual([
      [1, 0],
      [2, 0],
      [3, 50],
      [4, 50],
      [5, 50],
      [6, 100],
      [6, 100],
    ]);
  });

  it('step back undoes step forward exactly', () => {
    for (let i = 0; i <= times.length; i++) {
      const c = { index: i, time: timeOfIndex(times, i) };
      if (i < times.length) expect(stepBack(times, stepForward(times, c))).toEqual(c);
    }
  });

  it('from between two events, first goes back to the last applied one', () => {
    expect(stepBack(times, { index: 5, time: 75 })).toEqual({ index: 5, time: 50 });
    expect(stepBack(times, { index: 0, time: 0 })).toEqual({ index: 0, time: 0 });
  });
});

describe('merged playback of two traces', () => {
  it('interleaves events in time order and tells each trace its own prefix', () => {
    const a = simulate({ ...handshake, protocol: 'two-way' });
    const b = simulate({ ...handshake, protocol: 'three-way' });
    const m = buildPlaybackModel([a, b]);
    expect(m.length).toBe(a.events.length + b.events.length);
    for (let i = 1; i < m.length; i++) expect(m.times[i]!).toBeGreaterThanOrEqual(m.times[i - 1]!);
    expect(m.appliedIn(0, m.length)).toBe(a.events.length);
    expect(m.appliedIn(1, m.length)).toBe(b.events.length);
    const at = indexAtTime(m.times, 50);
    expect(m.appliedIn(0, at)).toBe(a.events.filter((e) => e.t <= 50).length);
    expect(m.appliedIn(1, at)).toBe(b.events.filter((e) => e.t <= 50).length);
    expect(m.traceOf(m.length - 1)).toBe(1); // three-way needs the extra ACK, so it ends last
  });
});

describe('cursors as links name them (time + events applied at that instant)', () => {
  const times = Float64Array.from([0, 0, 50, 100, 100, 100, 150]);
  it('reproduces every cursor exactly', () => {
    for (let index = 0; index <= times.length; index++) {
      const time = index === 0 ? 0 : times[index - 1]!;
      const c = { index, time };
      expect(cursorAt(times, time, stepAtInstant(times, c))).toEqual(c);
    }
  });
  it('clamps a step beyond the events at that time', () => {
    expect(cursorAt(times, 100, 9)).toEqual({ index: 6, time: 100 });
  });
});
