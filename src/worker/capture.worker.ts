// Thin by design: all logic lives in the capture handler (src/protocol/capture-handler.ts).
import { createCaptureHandler } from '../protocol/capture-handler.ts';

const handler = createCaptureHandler();
self.onmessage = (event: MessageEvent<unknown>) => {
  self.postMessage(handler.handle(event.data));
};
