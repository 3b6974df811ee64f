// Built-in scenarios, in the public scenario format v1. Real runs, not pictures: the engine
// produces everything shown for them. The full preset library (issue #4) replaces this list;
// these two are the ones the lab needs to be useful on its own.
import type { Scenario } from '../core/scenario.ts';
import type { MessageKey } from './i18n/en.ts';

export interface BuiltInScenario {
  id: string;
  titleKey: MessageKey;
  scenario: Scenario;
  /** Opens two-way next to three-way. */
  compare: boolean;
}

/**
 * The basic three-way handshake, 100 octets each way, then a normal close (TIME-WAIT included).
 * The application calls come 1.5 s after connect() so that a lost SYN (retransmitted after the
 * 1 s RTO) still lets the connection open before the data: experiments change the network, and
 * the applications keep doing the same thing.
 */
const basicHandshake: Scenario = {
  version: 1,
  title: 'Three-way handshake with a little data and a close',
  client: { isn: 100 },
  server: { isn: 300 },
  actions: [
    { at: 0, host: 'server', call: 'listen' },
    { at: 0, host: 'client', call: 'connect' },
    { at: 1500, host: 'client', call: 'send', bytes: 100 },
    { at: 1600, host: 'server', call: 'send', bytes: 100 },
    { at: 2000, host: 'client', call: 'close' },
    { at: 2100, host: 'server', call: 'close' },
  ],
};

/**
 * RFC 9293 §3.5's reason for the third message. The client's first SYN is held in the network
 * for 3 s; the client retransmits, uses the connection and closes it. The MSL is shortened to
 * 0.5 s so TIME-WAIT is over before the old SYN finally arrives, as it would be after a reboot.
 * Two-way commits to a connection nobody opened; three-way asks and is answered with RST.
 */
const oldDuplicateSyn: Scenario = {
  version: 1,
  title: 'The old duplicate SYN',
  mslMs: 500,
  client: { isn: 100 },
  server: { isn: 300 },
  actions: [
    { at: 0, host: 'server', call: 'listen' },
    { at: 0, host: 'client', call: 'connect' },
    { at: 1200, host: 'client', call: 'send', bytes: 100 },
    { at: 1500, host: 'client', call: 'close' },
    { at: 1600, host: 'server', call: 'close' },
  ],
  faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'delay', ms: 3000 }],
};

export const DEFAULT_SCENARIO_ID = 'basic-handshake';

export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = [
  { id: 'basic-handshake', titleKey: 'scenario.basic', scenario: basicHandshake, compare: false },
  {
    id: 'old-duplicate-syn',
    titleKey: 'scenario.oldDuplicateSyn',
    scenario: oldDuplicateSyn,
    compare: true,
  },
];

export function findBuiltIn(id: string): BuiltInScenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
