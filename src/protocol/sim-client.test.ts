import { afterEach, describe, expect, it, vi } from 'vitest';
import { handshake } from '../state/test-scenarios.ts';
import { createInThreadWorker } from './in-thread-worker.ts';
import type { FromWorker, RunRequest, ToWorker } from './messages.ts';
import { createSimClient, type WorkerLike } from './sim-client.ts';

/** A worker that answers only when told to, so tests control the order of events. */
function manualWorker() {
  const sent: ToWorker[] = [];
  const worker: WorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (m) => void sent.push(m),
    terminate() {
      worker.terminated = true;
    },
  };
  const answer = (m: FromWorker) => worker.onmessage?.({ data: m } as MessageEvent<FromWorker>);
  return { worker, sent, answer };
}

/** A client whose workers are manual ones, listed in the order they were created. */
function clientWithManualWorkers() {
  const workers: ReturnType<typeof manualWorker>[] = [];
  const client = createSimClient({
    createWorker: () => {
      const w = manualWorker();
      workers.push(w);
      return w.worker;
    },
  });
  return { client, workers };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('simulation client', () => {
  it('runs scenarios through the worker protocol', async () => {
    const client = createSimClient({ createWorker: () => createInThreadWorker() });
    const outcome = await client.run([handshake]);
    expect(outcome.kind).toBe('result');
    if (outcome.kind === 'result') expect(outcome.traces[0]!.summary.sockets.length).toBe(3);
    client.dispose();
  });

  it('warm() starts the worker once and asks it to warm up once; the first run then uses it', () => {
    const { client, workers } = clientWithManualWorkers();
    client.warm();
    client.warm();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent).toEqual([{ v: 1, type: 'warm' }]);
    void client.run([handshake]);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.map((m) => m.type)).toEqual(['warm', 'run']);
    client.dispose();
  });

  it('knows how far the warm-up got from what the worker says; a fresh worker starts over', async () => {
    const { client, workers } = clientWithManualWorkers();
    expect(client.warmUpStatus().state).toBe('none');
    client.warm();
    const done = { state: 'done', ms: 80, chunks: 30, longestChunkMs: 4, events: 24_000 } as const;
    workers[0]!.answer({ v: 1, type: 'warm-up', status: done });
    expect(client.warmUpStatus()).toEqual(done);
    const run = client.run([handshake]);
    const runId = (workers[0]!.sent[1] as RunRequest).runId;
    workers[0]!.answer({ v: 1, type: 'result', runId, traces: [], elapsedMs: 2, warmUp: done });
    expect(await run).toMatchObject({ kind: 'result', elapsedMs: 2 });
    void client.run([handshake]);
    void client.run([handshake]); // supersedes the busy one: its worker is replaced
    expect(client.warmUpStatus().state).toBe('none');
    client.dispose();
  });

  it('warms the replacement of a warmed worker up too, after its run', () => {
    const { client, workers } = clientWithManualWorkers();
    void client.run([handshake]);
    void client.run([handshake]); // never warmed: its replacement is not warmed either
    expect(workers[1]!.sent.map((m) => m.type)).toEqual(['run']);
    client.warm();
    void client.run([handshake]); // supersedes a busy, warmed worker
    expect(workers).toHaveLength(3);
    expect(workers[1]!.worker.terminated).toBe(true);
    expect(workers[2]!.sent.map((m) => m.type)).toEqual(['run', 'warm']);
    client.dispose();
  });

  it('a new run supersedes a pending one and replaces the busy worker', async () => {
    const { client, workers } = clientWithManualWorkers();
    const first = client.run([handshake]);
    const second = client.run([handshake]);
    expect(await first).toEqual({ kind: 'superseded' });
    expect(workers).toHaveLength(2);
    expect(workers[0]!.worker.terminated).toBe(true);
    // A late answer from the old run on the new worker would be ignored by runId.
    const oldId = (workers[0]!.sent[0] as RunRequest).runId;
    const newId = (workers[1]!.sent[0] as RunRequest).runId;
    expect(newId).toBeGreaterThan(oldId);
    const warmUp = { state: 'none', ms: 0, chunks: 0, longestChunkMs: 0, events: 0 } as const;
    workers[1]!.answer({ v: 1, type: 'result', runId: oldId, traces: [], elapsedMs: 1, warmUp });
    workers[1]!.answer({ v: 1, type: 'error', runId: newId, message: 'boom' });
    expect(await second).toEqual({ kind: 'error', message: 'boom' });
  });

  it('stops a run that takes too long and starts a fresh worker next time', async () => {
    vi.useFakeTimers();
    const workers: ReturnType<typeof manualWorker>[] = [];
    const client = createSimClient({
      timeoutMs: 1000,
      createWorker: () => {
        const w = manualWorker();
        workers.push(w);
        return w.worker;
      },
    });
    const run = client.run([handshake]);
    vi.advanceTimersByTime(1001);
    expect(await run).toEqual({
      kind: 'error',
      message: 'The simulation took longer than 1 s and was stopped.',
    });
    expect(workers[0]!.worker.terminated).toBe(true);
    void client.run([handshake]);
    expect(workers).toHaveLength(2);
  });

  it('reports a worker that fails to load', async () => {
    const w = manualWorker();
    const client = createSimClient({ createWorker: () => w.worker });
    const run = client.run([handshake]);
    w.worker.onerror?.({
      message: 'Failed to fetch worker script',
      preventDefault() {},
    } as ErrorEvent);
    expect(await run).toEqual({ kind: 'error', message: 'Failed to fetch worker script' });
  });
});
