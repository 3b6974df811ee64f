// The worker's logic as a pure function, so it runs in the worker, on the main thread as a
// fallback, and in unit tests alike. Validation of user input happens before a run is
// requested (src/scenario/validate.ts); here an engine failure becomes an error message.
import { simulate } from '../core/index.ts';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from './messages.ts';

export type Clock = () => number;

export function handleMessage(message: unknown, now: Clock): FromWorker {
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
    case 'run': {
      try {
        if (!Array.isArray(request.scenarios) || request.scenarios.length === 0) {
          throw new Error('A run needs at least one scenario.');
        }
        const start = now();
        const traces = request.scenarios.map((scenario) => simulate(scenario));
        return { v: PROTOCOL_VERSION, type: 'result', runId, traces, elapsedMs: now() - start };
      } catch (error) {
        return {
          v: PROTOCOL_VERSION,
          type: 'error',
          runId,
          message: error instanceof Error ? error.message : String(error),
        };
      }
    }
    default:
      // `request.type` is `never` here, so adding a message type without handling it fails to
      // compile; at run time an unknown type from another version still gets a clear answer.
      return unknownType(request.type, runId);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function runIdOf(message: unknown): number {
  return isObject(message) && typeof message.runId === 'number' ? message.runId : -1;
}

function unknownType(type: never, runId: number): FromWorker {
  return {
    v: PROTOCOL_VERSION,
    type: 'error',
    runId,
    message: `Unknown message type: ${String(type)}`,
  };
}
