// The worker's logic as a pure function, so it runs in the worker, on the main thread as a
// fallback, and in unit tests alike. Validation of user input happens before a run is
// requested (src/scenario/validate.ts); here an engine failure becomes an error message.
// The warm-up (warm-up.ts) is passed in: the worker's runs in tasks of their own; the
// in-thread fallback has none.
import { simulate } from '../core/index.ts';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from './messages.ts';
import { NO_WARM_UP, type WarmUp } from './warm-up.ts';

export type Clock = () => number;

/** The answer to `message`, or null for a message that has none (`warm`). */
export function handleMessage(
  message: unknown,
  now: Clock,
  warmUp: WarmUp = NO_WARM_UP,
): FromWorker | null {
  const runId = runIdOf(message);
  if (!isObject(message) || message.v !== PROTOCOL_VERSION) {
    return {
      v: PROTOCOL_VERSION,
      type: 'error',
      runId,
      message: `Unsupported message version: ${isObject(message) ? String(message.v) : typeof message}`,
    };
  }
  const request = message as unknown as ToWorker;
  switch (request.type) {
    case 'warm':
      warmUp.start();
      return null;
    case 'run': {
      // A real request: no warm-up chunk runs after this one (it is answered first).
      warmUp.stop();
      try {
        if (!Array.isArray(request.scenarios) || request.scenarios.length === 0) {
          throw new Error('A run needs at least one scenario.');
        }
        const start = now();
        const traces = request.scenarios.map((scenario) => simulate(scenario));
        const elapsedMs = now() - start;
        return {
          v: PROTOCOL_VERSION,
          type: 'result',
          runId,
          traces,
          elapsedMs,
          warmUp: warmUp.status(),
        };
      } catch (error) {
        return {
          v: PROTOCOL_VERSION,
          type: 'error',
          runId,
          message: error instanceof Error ? error.message : String(error),
        };
      }
    }
    default: {
      // `request` is `never` here, so adding a message type without handling it fails to
      // compile; at run time an unknown type from another version still gets a clear answer.
      const unhandled: never = request;
      return unknownType((unhandled as { type: unknown }).type, runId);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function runIdOf(message: unknown): number {
  return isObject(message) && typeof message.runId === 'number' ? message.runId : -1;
}

function unknownType(type: unknown, runId: number): FromWorker {
  return {
    v: PROTOCOL_VERSION,
    type: 'error',
    runId,
    message: `Unknown message type: ${String(type)}`,
  };
}
