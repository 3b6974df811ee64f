// The scenarios the picker offers, in the public scenario format v1: the lab's default (a
// handshake whose applications act late enough that network faults can be tried on it) and
// the narrated presets (src/presets). Real runs, not pictures: the engine produces everything
// shown for them.
import type { Scenario } from '../core/scenario.ts';
import { PRESETS } from '../presets/index.ts';
import type { MessageKey } from './i18n/en.ts';

export interface BuiltInScenario {
  id: string;
  /** The title: a catalogue key for the lab's own default, the file's title for a preset. */
  titleKey?: MessageKey;
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

export const DEFAULT_SCENARIO_ID = 'basic-handshake';

export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = [
  { id: 'basic-handshake', titleKey: 'scenario.basic', scenario: basicHandshake, compare: false },
  ...PRESETS.map((p) => ({ id: p.id, scenario: p.scenario, compare: p.compare })),
];

export function findBuiltIn(id: string): BuiltInScenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
