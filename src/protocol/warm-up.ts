// Warming the engine up in the worker while the page is idle.
//
// Why: a fresh worker runs the engine in V8's interpreter and baseline code until the
// optimising compilers have seen enough of it, so the first heavy run is the slowest by far: a
// 2,000-segment bulk transfer took ~110 ms cold in the browser bench against 3–12 ms warm
// (issue #3 asks < 50 ms), and even the second run was still ~35–85 ms. The page asks for a
// warm-up once it is idle (client.warm(), from requestIdleCallback); the worker then simulates
// small bulk transfers, the same code a heavy run spends its time in, and drops their traces.
//
// The conditions it keeps, because it must help a user and not only a benchmark:
// - It changes no output: the engine is pure, the warm-up's traces are thrown away.
// - It holds a real request up by one chunk at most: each chunk is its own task, sized to take
//   about CHUNK_MS, and the first message about a run stops it (the next chunk never starts).
// - It is bounded: WARM_UP_EVENTS simulated events, or WARM_UP_BUDGET_MS of chunk time,
//   whichever comes first (so at most the budget plus one chunk), then never again.
import { simulate } from '../core/index.ts';
import type { Action } from '../core/scenario.ts';
import { NOT_WARMED, type WarmUpStatus } from './messages.ts';

/**
 * Enough engine work for V8 to optimise the per-segment path: after ~20,000 events of small
 * transfers, a 2,000-segment run (7,014 events) took 2–36 ms in Node 20 instead of 60–110 ms.
 */
export const WARM_UP_EVENTS = 24_000;
/** The most chunk time it may take, ms (on a slow or busy machine it stops less warm). */
export const WARM_UP_BUDGET_MS = 150;
/**
 * What one chunk aims to take, ms: about the longest a request waits behind the warm-up (more
 * when other processes take the CPU or a GC falls in the chunk: up to 34 ms in the loaded bench).
 */
export const CHUNK_MS = 3;
/** The first chunk's transfer: small, as it also pays for compiling the engine's functions. */
const FIRST_BYTES = 8_000;
const MIN_BYTES = 2_000;
const MAX_BYTES = 500_000;
/** A bound on the number of chunks too, whatever a clock says. */
const MAX_CHUNKS = 500;

export interface WarmUp {
  /** Start (once: later calls do nothing). */
  start(): void;
  /** A real request is here: no chunk starts after this. */
  stop(): void;
  status(): WarmUpStatus;
}

export interface WarmUpOptions {
  now: () => number;
  /** Run `task` in a later task of its own (a request that arrives meanwhile goes first). */
  later: (task: () => void) => void;
  /** Told once, when the warm-up has run to its bound (not when it is stopped). */
  onDone?: (status: WarmUpStatus) => void;
  /** One chunk: simulate a transfer of `bytes` and return how many events it made. */
  chunk?: (bytes: number) => number;
}

/** Never warms: for the in-thread fallback (on the page's thread it would compete with it). */
export const NO_WARM_UP: WarmUp = {
  start: () => {},
  stop: () => {},
  status: () => NOT_WARMED,
};

export function createWarmUp({
  now,
  later,
  onDone,
  chunk = simulateTransfer,
}: WarmUpOptions): WarmUp {
  let state: WarmUpStatus['state'] = 'none';
  let ms = 0;
  let chunks = 0;
  let events = 0;
  let longestChunkMs = 0;
  let bytes = FIRST_BYTES;
  const status = (): WarmUpStatus => ({ state, ms, chunks, longestChunkMs, events });

  const step = (): void => {
    if (state !== 'running') return;
    const start = now();
    events += chunk(bytes);
    const took = now() - start;
    ms += took;
    chunks++;
    if (took > longestChunkMs) longestChunkMs = took;
    if (events >= WARM_UP_EVENTS || ms >= WARM_UP_BUDGET_MS || chunks >= MAX_CHUNKS) {
      state = 'done';
      onDone?.(status());
      return;
    }
    // The next chunk is sized from this one's speed (it gets faster as V8 optimises), growing
    // at most twofold per chunk so that a lucky fast one does not make the next one long.
    const fit = took > 0 ? (bytes * CHUNK_MS) / took : 2 * bytes;
    bytes = Math.round(Math.max(MIN_BYTES, Math.min(MAX_BYTES, 2 * bytes, fit)));
    later(step);
  };

  return {
    start() {
      if (state !== 'none') return;
      state = 'running';
      later(step);
    },
    stop() {
      if (state === 'running') state = 'stopped';
    },
    status,
  };
}

/**
 * A handshake and a transfer of `bytes`: what makes a trace thousands of segments long is a
 * long transfer, so that is the path a heavy run spends its time in (segments sent, arriving,
 * acknowledged; timers re-armed; the analysis of each event).
 */
function simulateTransfer(bytes: number): number {
  const listen: Action = { at: 0, host: 'server', call: 'listen' };
  const connect: Action = { at: 0, host: 'client', call: 'connect' };
  const send: Action = { at: 100, host: 'client', call: 'send', bytes };
  return simulate({ version: 1, actions: [listen, connect, send] }).events.length;
}
