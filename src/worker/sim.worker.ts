// Thin by design: all logic lives in the pure handler (src/protocol/handler.ts).
import { handleMessage } from '../protocol/handler.ts';

self.onmessage = (event: MessageEvent<unknown>) => {
  self.postMessage(handleMessage(event.data, () => performance.now()));
};
