// The simulation worker's side, as a function of what a worker gives it (a way to post, a
// clock, a way to run something in a later task), so the warm-up's interplay with real
// requests is tested without a worker.
import { handleMessage, type Clock } from './handler.ts';
import { PROTOCOL_VERSION, type FromWorker } from './messages.ts';
import { createWarmUp } from './warm-up.ts';

/** Returns the worker's message handler. */
export function createWorkerHost(
  post: (message: FromWorker) => void,
  now: Clock,
  later: (task: () => void) => void,
): (data: unknown) => void {
  const warmUp = createWarmUp({
    now,
    later,
    onDone: (status) => post({ v: PROTOCOL_VERSION, type: 'warm-up', status }),
  });
  return (data) => {
    const answer = handleMessage(data, now, warmUp);
    if (answer) post(answer);
  };
}
