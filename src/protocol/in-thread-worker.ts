// The worker's handler on the current thread, answering asynchronously like a worker would.
// For unit tests and environments without module workers; kept out of the page's bundle
// (it pulls in the whole engine, which belongs in the worker chunk). It does not warm up: on
// the page's own thread that would compete with the page.
import { handleMessage } from './handler.ts';
import type { FromWorker } from './messages.ts';
import type { WorkerLike } from './sim-client.ts';

export function createInThreadWorker(now: () => number = () => performance.now()): WorkerLike {
  let terminated = false;
  const fake: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      setTimeout(() => {
        if (terminated) return;
        const answer = handleMessage(message, now);
        if (answer) fake.onmessage?.({ data: answer } as MessageEvent<FromWorker>);
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  return fake;
}
