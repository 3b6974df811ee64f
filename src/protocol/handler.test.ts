import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import { handshake } from '../state/test-scenarios.ts';
import { handleMessage } from './handler.ts';
import { PROTOCOL_VERSION } from './messages.ts';

let clock = 0;
const now = () => (clock += 5);

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
