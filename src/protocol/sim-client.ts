// The page's side of the worker protocol. One run at a time: a new run supersedes the one
// in progress (its answer is ignored by runId), and a run that is still busy when superseded,
// or that outlives the time limit, has its worker terminated and replaced, so a runaway
// scenario never blocks the next edit.
import type { Scenario } from '../core/scenario.ts';
import type { Trace } from '../core/trace.ts';
import {
  NOT_WARMED,
  PROTOCOL_VERSION,
  type FromWorker,
  type ToWorker,
  type WarmUpStatus,
} from './messages.ts';

/** What the client needs of a Worker (a real one, or the in-thread fallback). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type RunOutcome =
  | { kind: 'result'; traces: Trace[]; elapsedMs: number }
  | { kind: 'error'; message: string }
  /** A newer run replaced this one before it finished. */
  | { kind: 'superseded' };

export interface SimClient {
  run(scenarios: Scenario[]): Promise<RunOutcome>;
  /**
   * Start the worker now (fetch, parse, compile) and have it warm its engine up
   * (src/protocol/warm-up.ts), so the first run pays for neither. For when the page is idle.
   */
  warm(): void;
  /** The current worker's warm-up, as its messages told it (for tools and benches). */
  warmUpStatus(): WarmUpStatus;
  dispose(): void;
}

export interface SimClientOptions {
  createWorker: () => WorkerLike;
  /** A run still going after this long is abandoned and its worker replaced. */
  timeoutMs?: number;
}

interface Pending {
  runId: number;
  resolve: (outcome: RunOutcome) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function createSimClient({ createWorker, timeoutMs = 10_000 }: SimClientOptions): SimClient {
  let worker: WorkerLike | null = null;
  let nextRunId = 1;
  let pending: Pending | null = null;
  /** What the worker last said of its warm-up, and whether it was asked for one. */
  let warmUp: WarmUpStatus = NOT_WARMED;
  let warmAsked = false;

  const settle = (outcome: RunOutcome): void => {
    if (!pending) return;
    clearTimeout(pending.timer);
    const { resolve } = pending;
    pending = null;
    resolve(outcome);
  };

  const replaceWorker = (): void => {
    worker?.terminate();
    worker = null;
    warmUp = NOT_WARMED;
    warmAsked = false;
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'warm-up') {
        warmUp = message.status;
        return;
      }
      if (message.type === 'result') warmUp = message.warmUp;
      // Answers to superseded runs are ignored: only the latest run may change the page.
      if (!pending || message.runId !== pending.runId) return;
      if (message.type === 'result')
        settle({ kind: 'result', traces: message.traces, elapsedMs: message.elapsedMs });
      else settle({ kind: 'error', message: message.message });
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      replaceWorker();
      settle({ kind: 'error', message: event.message || 'The simulation worker failed to start.' });
    };
    worker = w;
    return w;
  };

  const warm = (): void => {
    const w = ensureWorker();
    // Once per worker; a run made before this still leaves it worth warming for the next.
    if (warmAsked) return;
    warmAsked = true;
    w.postMessage({ v: PROTOCOL_VERSION, type: 'warm' });
  };

  return {
    run(scenarios) {
      let rewarm = false;
      if (pending) {
        // The worker is busy with an older run: start afresh rather than queue behind it.
        rewarm = warmAsked;
        settle({ kind: 'superseded' });
        replaceWorker();
      }
      const runId = nextRunId++;
      return new Promise<RunOutcome>((resolve) => {
        const timer = setTimeout(() => {
          if (pending?.runId !== runId) return;
          replaceWorker();
          settle({
            kind: 'error',
            message: `The simulation took longer than ${timeoutMs / 1000} s and was stopped.`,
          });
        }, timeoutMs);
        pending = { runId, resolve, timer };
        const request: ToWorker = { v: PROTOCOL_VERSION, type: 'run', runId, scenarios };
        ensureWorker().postMessage(request);
        // The worker it replaced had been warmed up: warm this one too, behind the run, so
        // a user editing a heavy scenario quickly does not keep landing in a cold engine.
        if (rewarm) warm();
      });
    },
    warm,
    warmUpStatus: () => warmUp,
    dispose() {
      settle({ kind: 'superseded' });
      replaceWorker();
    },
  };
}

/** The module worker used in the browser. */
export function createModuleWorker(): WorkerLike {
  return new Worker(new URL('../worker/sim.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}
