import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import { handshake } from '../state/test-scenarios.ts';
import { handleMessage as handle, type Clock } from './handler.ts';
import { PROTOCOL_VERSION, type FromWorker } from './messages.ts';
import type { WarmUp } from './warm-up.ts';

let clock = 0;
const now = () => (clock += 5);

/** Every message here but `warm` has an answer. */
function handleMessage(message: unknown, clockFn: Clock, warmUp?: WarmUp): FromWorker {
  const answer = handle(message, clockFn, warmUp);
  if (!answer) throw new Error('no answer');
  return answer;
}

describe('worker protocol handler', () => {
  it('answers a run with the traces, in request order, and the engine time', () => {
    const answer = handleMessage(
      {
        v: 1,
        type: 'run',
        runId: 7,
        scenarios: [handshake, { ...handshake, protocol: 'two-way' }],
      },
      now,
    );
    expect(answer.type).toBe('result');
    if (answer.type !== 'result') return;
    expect(answer.runId).toBe(7);
    expect(answer.v).toBe(PROTOCOL_VERSION);
    expect(answer.elapsedMs).toBe(5);
    expect(answer.traces).toEqual([
      simulate(handshake),
      simulate({ ...handshake, protocol: 'two-way' }),
    ]);
    expect(answer.traces[1]!.summary.protocol).toBe('two-way');
  });

  it('starts the warm-up on `warm` (no answer) and stops it at a run, reporting it', () => {
    const calls: string[] = [];
    const warmUp: WarmUp = {
      start: () => void calls.push('start'),
      stop: () => void calls.push('stop'),
      status: () => ({ state: 'stopped', ms: 12, chunks: 4, longestChunkMs: 4, events: 900 }),
    };
    expect(handle({ v: 1, type: 'warm' }, now, warmUp)).toBeNull();
    expect(calls).toEqual(['start']);
    const answer = handleMessage(
      { v: 1, type: 'run', runId: 2, scenarios: [handshake] },
      now,
      warmUp,
    );
    expect(calls).toEqual(['start', 'stop']);
    expect(answer).toMatchObject({ type: 'result', warmUp: { state: 'stopped', chunks: 4 } });
  });

  it('reports no warm-up when there is none (the in-thread fallback)', () => {
    const answer = handleMessage({ v: 1, type: 'run', runId: 5, scenarios: [handshake] }, now);
    expect(answer).toMatchObject({ type: 'result', warmUp: { state: 'none', ms: 0 } });
  });

  it('turns an engine failure into an error message for the same run', () => {
    // Something the validator would never let through: the engine throws, and the page gets words.
    const answer = handleMessage({ v: 1, type: 'run', runId: 3, scenarios: [null] }, now);
    expect(answer).toMatchObject({ type: 'error', runId: 3 });
    if (answer.type === 'error') expect(answer.message.length).toBeGreaterThan(0);
  });

  it('refuses an empty run', () => {
    expect(handleMessage({ v: 1, type: 'run', runId: 4, scenarios: [] }, now)).toMatchObject({
      type: 'error',
      runId: 4,
      message: 'A run needs at least one scenario.',
    });
  });

  it('names a message from another protocol version or of an unknown type', () => {
    expect(
      handleMessage({ v: 2, type: 'run', runId: 1, scenarios: [handshake] }, now),
    ).toMatchObject({ type: 'error', runId: 1, message: 'Unsupported message version: 2' });
    expect(handleMessage({ v: 1, type: 'explode', runId: 9 }, now)).toMatchObject({
      type: 'error',
      runId: 9,
      message: 'Unknown message type: explode',
    });
    expect(handleMessage('hello', now)).toMatchObject({ type: 'error', runId: -1 });
  });
});
