// The page's side of the capture worker. One request at a time: a new file supersedes a
// parse in progress (its worker is terminated, so a huge file never keeps the CPU), and a
// parse that outlives the time limit is stopped with a message. The file's bytes are
// transferred to the worker, never copied, and the page never parses.
import { capturePhrase, sayCapturePhrase, type CapturePhrase } from '../import/capture-phrases.ts';
import {
  PROTOCOL_VERSION,
  type CaptureConversationTrace,
  type CaptureParsed,
  type FromCaptureWorker,
  type ToCaptureWorker,
} from './capture-messages.ts';

export interface CaptureWorkerLike {
  postMessage(message: ToCaptureWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromCaptureWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type CaptureOutcome<T> =
  | { kind: 'ok'; answer: T }
  | { kind: 'error'; message: string; phrase: CapturePhrase }
  /** A newer request replaced this one. */
  | { kind: 'superseded' };

export interface CaptureClient {
  parse(fileName: string, bytes: ArrayBuffer): Promise<CaptureOutcome<CaptureParsed>>;
  conversation(
    captureId: number,
    conversation: number,
  ): Promise<CaptureOutcome<CaptureConversationTrace>>;
  dispose(): void;
}

export interface CaptureClientOptions {
  createWorker: () => CaptureWorkerLike;
  timeoutMs?: number;
}

interface Pending {
  requestId: number;
  expects: FromCaptureWorker['type'];
  resolve: (outcome: CaptureOutcome<FromCaptureWorker>) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function createCaptureClient({
  createWorker,
  timeoutMs = 20_000,
}: CaptureClientOptions): CaptureClient {
  let worker: CaptureWorkerLike | null = null;
  let pending: Pending | null = null;
  let nextId = 1;

  const settle = (outcome: CaptureOutcome<FromCaptureWorker>): void => {
    if (!pending) return;
    clearTimeout(pending.timer);
    const { resolve } = pending;
    pending = null;
    resolve(outcome);
  };
  const dropWorker = (): void => {
    worker?.terminate();
    worker = null;
  };
  const ensureWorker = (): CaptureWorkerLike => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = ({ data }) => {
      if (!pending || data.requestId !== pending.requestId) return;
      if (data.type === 'capture-error') settle(failure(data.phrase));
      else if (data.type === pending.expects) settle({ kind: 'ok', answer: data });
      else settle(failure(capturePhrase('unexpectedAnswer', { type: data.type })));
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      dropWorker();
      // The browser's own words when it gives any (they name the script that failed).
      settle(
        failure(
          event.message
            ? capturePhrase('workerFailedWith', { detail: event.message })
            : capturePhrase('workerFailed'),
        ),
      );
    };
    worker = w;
    return w;
  };

  const request = <T extends FromCaptureWorker>(
    expects: T['type'],
    build: (requestId: number) => ToCaptureWorker,
    transfer: Transferable[],
  ): Promise<CaptureOutcome<T>> => {
    if (pending) {
      // Busy with an older request (perhaps a huge file): stop it rather than queue behind it.
      settle({ kind: 'superseded' });
      dropWorker();
    }
    const requestId = nextId++;
    return new Promise<CaptureOutcome<T>>((resolve) => {
      const timer = setTimeout(() => {
        if (pending?.requestId !== requestId) return;
        dropWorker();
        settle(failure(capturePhrase('tooSlow', { seconds: timeoutMs / 1000 })));
      }, timeoutMs);
      pending = { requestId, expects, resolve: resolve as Pending['resolve'], timer };
      ensureWorker().postMessage(build(requestId), transfer);
    });
  };

  return {
    parse: (fileName, bytes) =>
      request<CaptureParsed>(
        'capture-parsed',
        (requestId) => ({ v: PROTOCOL_VERSION, type: 'parse-capture', requestId, fileName, bytes }),
        [bytes],
      ),
    conversation: (captureId, conversation) =>
      request<CaptureConversationTrace>(
        'capture-trace',
        (requestId) => ({
          v: PROTOCOL_VERSION,
          type: 'capture-conversation',
          requestId,
          captureId,
          conversation,
        }),
        [],
      ),
    dispose() {
      settle({ kind: 'superseded' });
      dropWorker();
    },
  };
}

/** The module worker used in the browser (its own chunk, loaded when a file is opened). */
export function createCaptureModuleWorker(): CaptureWorkerLike {
  return new Worker(new URL('../worker/capture.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as CaptureWorkerLike;
}

function failure(phrase: CapturePhrase): { kind: 'error'; message: string; phrase: CapturePhrase } {
  return { kind: 'error', message: sayCapturePhrase(phrase), phrase };
}
