// Scenarios shared by the unit tests of the state and feature modules.
import type { Scenario } from '../core/scenario.ts';

export const handshake: Scenario = {
  version: 1,
  client: { isn: 100 },
  server: { isn: 300 },
  actions: [
    { at: 0, host: 'server', call: 'listen' },
    { at: 0, host: 'client', call: 'connect' },
  ],
};
