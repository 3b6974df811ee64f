// Opening a capture file: the one entry point for the file input, the panel's drop zone and
// (through the lead's page-wide drop handler) a file dropped anywhere. The page only checks
// the size and reads the bytes; the worker parses. Every failure ends as a message in the
// store (shown in a role="alert"), and the lab keeps its current trace.
import {
  createCaptureClient,
  createCaptureModuleWorker,
  type CaptureClient,
  type CaptureWorkerLike,
} from '../../protocol/capture-client.ts';
import { capturePhrase } from '../../import/capture-phrases.ts';
import { fileSizeProblem } from '../../protocol/capture-messages.ts';
import type { LabStore } from '../../state/store.ts';

const clients = new WeakMap<LabStore, CaptureClient>();
let workerFactory: () => CaptureWorkerLike = createCaptureModuleWorker;

/** Tests (and environments without module workers) run the handler in-thread instead. */
export function setCaptureWorkerFactory(factory: () => CaptureWorkerLike): void {
  workerFactory = factory;
}

function clientFor(store: LabStore): CaptureClient {
  let client = clients.get(store);
  if (!client) {
    client = createCaptureClient({ createWorker: workerFactory });
    clients.set(store, client);
  }
  return client;
}

/** Parse `file` in the capture worker and show its first complete conversation. */
export async function openCaptureFile(store: LabStore, file: File): Promise<void> {
  const { actions } = store.getState();
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) {
    // Refused before reading: a 300 MB file is never loaded into memory.
    actions.captureFailed(file.name, tooBig);
    return;
  }
  actions.captureReading(file.name);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    actions.captureFailed(file.name, capturePhrase('unreadable', { detail }));
    return;
  }
  const outcome = await clientFor(store).parse(file.name, bytes);
  if (outcome.kind === 'superseded') return;
  if (outcome.kind === 'error') actions.captureFailed(file.name, outcome.phrase);
  else actions.showCapture(outcome.answer);
}

/** Show conversation `id` of the open capture. */
export async function chooseConversation(store: LabStore, id: number): Promise<void> {
  const { capture, actions } = store.getState();
  if (!capture || capture.chosen === id) return;
  const outcome = await clientFor(store).conversation(capture.captureId, id);
  if (outcome.kind === 'superseded') return;
  if (outcome.kind === 'error') actions.captureFailed(capture.fileName, outcome.phrase);
  else actions.showConversation(outcome.answer);
}
