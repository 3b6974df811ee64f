// The browser bench's scenarios, built by code: one client sends a bulk transfer to the server
// right after the handshake, so the diagram fills with MSS-sized data segments and the ACKs
// answering them. The size is found by running the real engine here in Node, so "2,000
// segments" means the trace really has at least 2,000 segments (send events), not a guess.

import { simulate, type Scenario, type Trace } from '../../src/core/index.ts';

export function bulkTransfer(bytes: number): Scenario {
  return {
    version: 1,
    actions: [
      { at: 0, host: 'server', call: 'listen' },
      { at: 0, host: 'client', call: 'connect' },
      { at: 200, host: 'client', call: 'send', bytes },
    ],
  };
}

export interface SizedScenario {
  scenario: Scenario;
  bytes: number;
  segments: number;
  events: number;
}

const segmentsOf = (trace: Trace): number => trace.events.filter((e) => e.type === 'send').length;

/** The smallest bulk transfer (to the byte) whose trace has at least `min` of what `count` counts. */
function smallestWith(min: number, count: (trace: Trace) => number): SizedScenario {
  let lo = 1;
  let hi = 1_000;
  while (count(simulate(bulkTransfer(hi))) < min) hi *= 2;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (count(simulate(bulkTransfer(mid))) >= min) hi = mid;
    else lo = mid + 1;
  }
  const trace = simulate(bulkTransfer(hi));
  return {
    scenario: bulkTransfer(hi),
    bytes: hi,
    segments: segmentsOf(trace),
    events: trace.events.length,
  };
}

export const withSegments = (min: number): SizedScenario => smallestWith(min, segmentsOf);
export const withEvents = (min: number): SizedScenario => smallestWith(min, (t) => t.events.length);
