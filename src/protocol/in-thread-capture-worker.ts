// The capture handler on the current thread, answering asynchronously like a worker would.
// For unit tests and environments without module workers; kept out of the page's bundle.
import { createCaptureHandler, type CaptureHandlerOptions } from './capture-handler.ts';
import type { FromCaptureWorker } from './capture-messages.ts';
import type { CaptureWorkerLike } from './capture-client.ts';

export function createInThreadCaptureWorker(options?: CaptureHandlerOptions): CaptureWorkerLike {
  const handler = createCaptureHandler(options);
  let terminated = false;
  const fake: CaptureWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      setTimeout(() => {
        if (terminated) return;
        fake.onmessage?.({ data: handler.handle(message) } as MessageEvent<FromCaptureWorker>);
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  return fake;
}
