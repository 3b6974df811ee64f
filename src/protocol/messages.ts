// The worker's message protocol, version 1. Every message carries `v` so a page and a worker
// from different deployments (an old cached worker after an update) notice the mismatch
// instead of misreading each other.
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

export type ToWorker = RunRequest;

/** Worker → page: the traces, in the order of the request, and how long the engine took. */
export interface RunResult {
  v: typeof PROTOCOL_VERSION;
  type: 'result';
  runId: number;
  traces: Trace[];
  elapsedMs: number;
}

/** Worker → page: the engine (or the message) failed; the message is for people. */
export interface RunError {
  v: typeof PROTOCOL_VERSION;
  type: 'error';
  runId: number;
  message: string;
}

export type FromWorker = RunResult | RunError;
