import { describe, expect, it } from 'vitest';
import { simulate, type Scenario } from '../core/index.ts';
import { handshake } from '../state/test-scenarios.ts';
import type { FromWorker } from './messages.ts';
import { createWorkerHost } from './worker-host.ts';

const bulk: Scenario = {
  ...handshake,
  actions: [...handshake.actions!, { at: 100, host: 'client', call: 'send', bytes: 200_000 }],
};

/**
 * A worker's event loop, one task at a time in the order queued: the page's messages and the
 * warm-up's chunks (its `later`) share it, as in a browser. `log` says what each task was.
 */
function eventLoop() {
  const tasks: { what: string; run: () => void }[] = [];
  const log: string[] = [];
  const posted: FromWorker[] = [];
  const handle = createWorkerHost(
    (m) => void posted.push(m),
    () => performance.now(),
    (task) => void tasks.push({ what: 'chunk', run: task }),
  );
  const send = (message: unknown, what: string): void =>
    void tasks.push({ what, run: () => handle(message) });
  const tick = (): boolean => {
    const task = tasks.shift();
    if (!task) return false;
    log.push(task.what);
    task.run();
    return true;
  };
  return { send, tick, log, posted };
}

describe('simulation worker host', () => {
  it('answers a run that arrives during the warm-up after at most one chunk, and warms no more', () => {
    const loop = eventLoop();
    loop.send({ v: 1, type: 'warm' }, 'warm');
    for (let i = 0; i < 3; i++) loop.tick(); // 'warm', then two chunks
    // The run arrives while a chunk is queued: that one chunk goes first, then the run.
    loop.send({ v: 1, type: 'run', runId: 1, scenarios: [bulk] }, 'run');
    while (loop.tick());
    expect(loop.log.slice(0, 5)).toEqual(['warm', 'chunk', 'chunk', 'chunk', 'run']);
    const result = loop.posted[0]!;
    expect(result).toMatchObject({
      type: 'result',
      runId: 1,
      warmUp: { state: 'stopped', chunks: 3 },
    });
    // The warm-up changed nothing: the trace is the one a fresh engine gives.
    if (result.type === 'result') expect(result.traces).toEqual([simulate(bulk)]);
    // The task the last chunk had queued found it stopped: no chunk ran after the run.
    loop.send({ v: 1, type: 'run', runId: 2, scenarios: [handshake] }, 'run');
    while (loop.tick());
    expect(loop.posted).toHaveLength(2); // no 'warm-up' done message either
    expect(loop.posted[1]).toMatchObject({ runId: 2, warmUp: { state: 'stopped', chunks: 3 } });
  });

  it('warms to its bound, says so once, and the runs after it report it and give the same traces', () => {
    const loop = eventLoop();
    loop.send({ v: 1, type: 'warm' }, 'warm');
    while (loop.tick());
    const chunks = loop.log.filter((t) => t === 'chunk').length;
    expect(chunks).toBeGreaterThan(1);
    expect(loop.posted).toEqual([
      {
        v: 1,
        type: 'warm-up',
        status: {
          state: 'done',
          ms: expect.any(Number),
          chunks,
          longestChunkMs: expect.any(Number),
          events: expect.any(Number),
        },
      },
    ]);
    loop.send({ v: 1, type: 'warm' }, 'warm again'); // once per worker: nothing more
    loop.send({ v: 1, type: 'run', runId: 2, scenarios: [bulk, handshake] }, 'run');
    while (loop.tick());
    expect(loop.log.slice(-2)).toEqual(['warm again', 'run']);
    const result = loop.posted[1]!;
    expect(result).toMatchObject({ type: 'result', runId: 2, warmUp: { state: 'done', chunks } });
    if (result.type === 'result')
      expect(result.traces).toEqual([simulate(bulk), simulate(handshake)]);
  });
});
