// For unit tests: a lab store on the handshake scenario and a frame scheduler the test drives
// by hand (each `frame(ms)` runs the pending animation frame `ms` later than the last one).
import { motionValue } from 'framer-motion';
import { simulate, type Scenario } from '../core/index.ts';
import { createInThreadWorker } from '../protocol/in-thread-worker.ts';
import { createSimClient } from '../protocol/sim-client.ts';
import { startPlaybackClock, type FrameScheduler } from './playback-clock.ts';
import { createLabStore, type LabStore } from './store.ts';
import { handshake } from './test-scenarios.ts';

/** A lab store holding `scenario`'s run, its worker in this thread. */
export function storeFor(scenario: Scenario, modes?: { predict?: boolean }): LabStore {
  return createLabStore({
    client: createSimClient({ createWorker: () => createInThreadWorker() }),
    initial: {
      scenarioId: null,
      scenario,
      traces: [simulate(scenario)],
      ...(modes ? { modes } : {}),
    },
  });
}

export const handshakeStore = (modes?: { predict?: boolean }): LabStore =>
  storeFor(handshake, modes);

export function manualFrames() {
  let pending: ((now: number) => void) | null = null;
  let now = 0;
  const scheduler: FrameScheduler = {
    request: (cb) => {
      pending = cb;
      return 1;
    },
    cancel: () => {
      pending = null;
    },
  };
  const frame = (ms: number) => {
    now += ms;
    const cb = pending;
    pending = null;
    cb?.(now);
  };
  return { scheduler, frame, hasFrame: () => pending !== null };
}

/** A store with its playback clock running on hand-driven frames. */
export function clockedStore(store: LabStore = handshakeStore()) {
  const playhead = motionValue(0);
  const { scheduler, frame, hasFrame } = manualFrames();
  const stop = startPlaybackClock(store, playhead, scheduler);
  return { store, playhead, frame, stop, hasFrame };
}
