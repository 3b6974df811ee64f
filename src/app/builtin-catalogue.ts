// The built-in scenarios as the first frame needs them: the lab's default scenario, whole,
// and the picker's list of every built-in (id and title). The presets' contents load on their
// own (loadBuiltIns): when the page is idle, or first when a preset is chosen or named by a
// link; builtInNow answers from what has loaded.
import type { Scenario } from '../core/scenario.ts';
import { PRESET_CATALOGUE } from '../presets/catalogue.ts';
import type { BuiltInScenario } from './builtin-scenarios.ts';
import type { MessageKey } from './i18n/en.ts';

/**
 * The basic three-way handshake, 100 octets each way, then a normal close (TIME-WAIT included).
 * The application calls come 1.5 s after connect() so that a lost SYN (retransmitted after the
 * 1 s RTO) still lets the connection open before the data: experiments change the network, and
 * the applications keep doing the same thing.
 */
const basicHandshake: Scenario = {
  version: 1,
  title: 'Three-way handshake with a little data and a close',
  // What a visitor opening the lab cold reads first: what this is, how to follow it, what to
  // try, and where the story of why three messages are needed is told.
  notes:
    'A client connects to a server with three segments: SYN, SYN-ACK, ACK. Then each side ' +
    'sends 100 octets and both close. Press Step forward (or PageDown) to follow it one event ' +
    'at a time; each event is explained under the diagram. Then break it: once the client ' +
    'sends its SYN, click it (the dot or its arrow), choose Drop, and watch the client send ' +
    'it again 1 s later. Why three messages, not two? ' +
    'Choose “The old duplicate SYN” under Scenario: a SYN delayed from an old connection ' +
    'fools a two-way handshake into a phantom connection, and the three-way handshake resets it.',
  client: { isn: 100 },
  // A second connection (an old SYN injected here opens one first) is numbered 400, as in
  // RFC 9293 Figure 8, rather than by the clock-plus-hash generator's ten digits.
  server: { isn: [300, 400] },
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

export const DEFAULT_BUILT_IN: BuiltInScenario = {
  id: DEFAULT_SCENARIO_ID,
  titleKey: 'scenario.basic',
  scenario: basicHandshake,
  compare: false,
};

/** A line of the scenario picker. */
export interface BuiltInEntry {
  id: string;
  /** A catalogue key for the lab's own default; else the preset file's title. */
  titleKey?: MessageKey;
  title?: string;
}

export const BUILT_IN_ENTRIES: readonly BuiltInEntry[] = [
  { id: DEFAULT_SCENARIO_ID, titleKey: 'scenario.basic' },
  ...PRESET_CATALOGUE.map(({ id, title }) => ({ id, title })),
];

const loaded = new Map<string, BuiltInScenario>([[DEFAULT_SCENARIO_ID, DEFAULT_BUILT_IN]]);
let loading: Promise<void> | null = null;

/**
 * Loads every built-in scenario's contents (once; later calls share the first load). A load
 * that failed (offline, before the offline copy has them) is tried again by the next call.
 */
export function loadBuiltIns(): Promise<void> {
  loading ??= import('./builtin-scenarios.ts').then(
    ({ BUILT_IN_SCENARIOS }) => {
      for (const b of BUILT_IN_SCENARIOS) loaded.set(b.id, b);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The built-in scenario `id`, if it has loaded (the default always has). */
export function builtInNow(id: string): BuiltInScenario | undefined {
  return loaded.get(id);
}

/**
 * Every built-in scenario, once the presets have loaded (only the default if they cannot be:
 * callers that merely compare with them go on without).
 */
export async function allBuiltIns(): Promise<BuiltInScenario[]> {
  await loadBuiltIns().catch(() => {});
  return [...loaded.values()];
}

/** The built-in scenario `id`, once the presets have loaded (undefined if there is none). */
export async function builtIn(id: string): Promise<BuiltInScenario | undefined> {
  if (!loaded.has(id)) await loadBuiltIns();
  return loaded.get(id);
}
