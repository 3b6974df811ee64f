// The worker's message protocol, version 1. Every message carries `v` so a page and a worker
// from different deployments (an old cached worker after an update) notice the mismatch
// instead of misreading each other. Version 1 grows only by additions the older side passes
// over: an older worker answers a `warm` request with an error for run −1, which no run waits
// for, and an older page drops messages and fields it does not know (the `warm-up` message has
// no run id it could be waiting for). A change to what an existing field means is a new version.
import type { Scenario } from '../core/scenario.ts';
import type { Trace } from '../core/trace.ts';

export const PROTOCOL_VERSION = 1;

/** Page → worker: simulate these scenarios (one, or two for the side-by-side view). */
export interface RunRequest {
  v: typeof PROTOCOL_VERSION;
  type: 'run';
  runId: number;
  scenarios: Scenario[];
}

/** Page → worker: the page is idle, warm the engine up (src/protocol/warm-up.ts). No answer. */
export interface WarmRequest {
  v: typeof PROTOCOL_VERSION;
  type: 'warm';
}

export type ToWorker = RunRequest | WarmRequest;

/** How far the worker's warm-up got. */
export interface WarmUpStatus {
  /**
   * none: not asked for; running: chunks still to come; done: it ran to its bound; stopped: a
   * run came first (it stops at the run, which was then as warm as `chunks` made it).
   */
  state: 'none' | 'running' | 'done' | 'stopped';
  /** Time spent in its chunks, ms (performance.now() around each, in the worker). */
  ms: number;
  chunks: number;
  /** The longest chunk, ms: the longest a request could have waited behind the warm-up. */
  longestChunkMs: number;
  /** Trace events the chunks simulated (and dropped). */
  events: number;
}

/** A warm-up that was never asked for (or a worker that has none). */
export const NOT_WARMED: WarmUpStatus = {
  state: 'none',
  ms: 0,
  chunks: 0,
  longestChunkMs: 0,
  events: 0,
};

/** Worker → page: the traces, in the order of the request, and how long the engine took. */
export interface RunResult {
  v: typeof PROTOCOL_VERSION;
  type: 'result';
  runId: number;
  traces: Trace[];
  elapsedMs: number;
  /** The warm-up as this run found it (a run stops a warm-up still going). */
  warmUp: WarmUpStatus;
}

/** Worker → page: the engine (or the message) failed; the message is for people. */
export interface RunError {
  v: typeof PROTOCOL_VERSION;
  type: 'error';
  runId: number;
  message: string;
}

/** Worker → page: the warm-up ran to its bound (not tied to any run). */
export interface WarmUpDone {
  v: typeof PROTOCOL_VERSION;
  type: 'warm-up';
  status: WarmUpStatus;
}

export type FromWorker = RunResult | RunError | WarmUpDone;
