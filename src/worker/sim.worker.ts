// Thin by design: all logic lives in the pure handler (src/protocol/handler.ts), wired to the
// warm-up in src/protocol/worker-host.ts.
import { createWorkerHost } from '../protocol/worker-host.ts';
import { createNextTask } from './next-task.ts';

const handle = createWorkerHost(
  (message) => self.postMessage(message),
  () => performance.now(),
  createNextTask(),
);

self.onmessage = (event: MessageEvent<unknown>) => handle(event.data);
