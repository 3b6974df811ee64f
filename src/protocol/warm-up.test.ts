import { describe, expect, it } from 'vitest';
import {
  CHUNK_MS,
  WARM_UP_BUDGET_MS,
  WARM_UP_EVENTS,
  createWarmUp,
  type WarmUpOptions,
} from './warm-up.ts';

/**
 * A warm-up with a fake clock and a fake chunk that takes `msPerKb(chunk)` per 1,000 bytes and
 * makes one event per 100 bytes; `later` only queues, and tick() runs the next queued task.
 */
function fakeWarmUp(msPerKb: (chunk: number) => number, onDone?: WarmUpOptions['onDone']) {
  let clock = 0;
  const tasks: (() => void)[] = [];
  const sizes: number[] = [];
  const took: number[] = [];
  const warmUp = createWarmUp({
    now: () => clock,
    later: (task) => void tasks.push(task),
    onDone,
    chunk: (bytes) => {
      const ms = (msPerKb(sizes.length) * bytes) / 1000;
      sizes.push(bytes);
      took.push(ms);
      clock += ms;
      return Math.round(bytes / 100);
    },
  });
  const tick = (): boolean => {
    const task = tasks.shift();
    task?.();
    return task !== undefined;
  };
  return { warmUp, tasks, sizes, took, tick };
}

describe('worker warm-up', () => {
  it('runs one chunk per task, sized towards CHUNK_MS as the engine gets faster, until its events are done', () => {
    const done: unknown[] = [];
    // Cold at first (0.5 ms per KB), then fifty times faster from the fifth chunk on.
    const w = fakeWarmUp(
      (i) => (i < 4 ? 0.5 : 0.01),
      (status) => void done.push(status),
    );
    w.warmUp.start();
    w.warmUp.start(); // once only
    expect(w.tasks).toHaveLength(1);
    expect(w.sizes).toHaveLength(0); // nothing runs in the task that asked for it
    let steps = 0;
    while (w.tick()) {
      steps++;
      expect(w.tasks.length).toBeLessThanOrEqual(1); // one chunk queued at a time
    }
    expect(steps).toBe(w.sizes.length);
    const status = w.warmUp.status();
    expect(status.state).toBe('done');
    expect(status.events).toBeGreaterThanOrEqual(WARM_UP_EVENTS);
    expect(status.chunks).toBe(w.sizes.length);
    expect(status.longestChunkMs).toBe(Math.max(...w.took));
    expect(done).toEqual([status]);
    // The first chunk is a small one; the next are sized from the last one's speed (and would
    // take at most twice CHUNK_MS were the engine suddenly twice slower).
    expect(w.took[0]!).toBeLessThanOrEqual(2 * CHUNK_MS);
    for (const ms of w.took.slice(1)) expect(ms).toBeLessThanOrEqual(CHUNK_MS + 1e-9);
    // Faster chunks grow, at most twofold at a time.
    for (let i = 1; i < w.sizes.length; i++)
      expect(w.sizes[i]!).toBeLessThanOrEqual(2 * w.sizes[i - 1]!);
    expect(Math.max(...w.sizes)).toBeGreaterThan(w.sizes[0]!);
  });

  it('stops at its time budget on a slow machine (at most one chunk over)', () => {
    const w = fakeWarmUp(() => 5); // so slow the events are never reached
    w.warmUp.start();
    while (w.tick());
    const status = w.warmUp.status();
    expect(status.state).toBe('done');
    expect(status.events).toBeLessThan(WARM_UP_EVENTS);
    expect(status.ms).toBeGreaterThanOrEqual(WARM_UP_BUDGET_MS);
    expect(status.ms).toBeLessThanOrEqual(WARM_UP_BUDGET_MS + 2 * CHUNK_MS);
  });

  it('runs no chunk after stop(), and never restarts', () => {
    const done: unknown[] = [];
    const w = fakeWarmUp(
      () => 1,
      (status) => void done.push(status),
    );
    w.warmUp.start();
    w.tick();
    w.tick();
    w.warmUp.stop();
    const chunks = w.sizes.length;
    while (w.tick());
    w.warmUp.start();
    while (w.tick());
    expect(w.sizes).toHaveLength(chunks);
    expect(w.warmUp.status()).toMatchObject({ state: 'stopped', chunks: 2 });
    expect(done).toEqual([]);
  });

  it('reports nothing done before it is started', () => {
    const w = fakeWarmUp(() => 1);
    w.warmUp.stop();
    expect(w.warmUp.status()).toEqual({
      state: 'none',
      ms: 0,
      chunks: 0,
      longestChunkMs: 0,
      events: 0,
    });
    expect(w.tasks).toHaveLength(0);
  });
});
