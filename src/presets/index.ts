// The narrated presets: scenario files in the public format (docs/scenario-format.md), so
// lecturers can copy and adapt them. Each is a real run of the engine; the titles, notes and
// per-step notes travel inside the files.

import type { Scenario } from '../core/scenario.ts';
import handshakeDataClose from './handshake-data-close.json';
import lostSyn from './lost-syn.json';
import lostSynAck from './lost-syn-ack.json';
import lostFinalAck from './lost-final-ack.json';
import duplicateSyn from './duplicate-syn.json';
import oldDuplicateSyn from './old-duplicate-syn.json';
import oldDuplicateSynStaleData from './old-duplicate-syn-stale-data.json';
import simultaneousOpen from './simultaneous-open.json';
import halfOpenAfterCrash from './half-open-after-crash.json';
import closedPort from './closed-port.json';
import synBlackHole from './syn-black-hole.json';
import closeTimeWait from './close-time-wait.json';
import simultaneousClose from './simultaneous-close.json';
import synFlood from './syn-flood.json';
import synFloodCookies from './syn-flood-cookies.json';

export interface Preset {
  /** Stable id: share links name presets by it, so it never changes once published. */
  id: string;
  scenario: Scenario;
  /** Opens with two-way next to three-way. */
  compare: boolean;
}

// JSON imports are typed structurally; presets.test.ts validates every file with parseScenario.
const p = (id: string, scenario: unknown, compare = false): Preset => ({
  id,
  scenario: scenario as Scenario,
  compare,
});

export const PRESETS: readonly Preset[] = [
  p('handshake-data-close', handshakeDataClose),
  p('lost-syn', lostSyn),
  p('lost-syn-ack', lostSynAck),
  p('lost-final-ack', lostFinalAck),
  p('duplicate-syn', duplicateSyn),
  p('old-duplicate-syn', oldDuplicateSyn, true),
  p('old-duplicate-syn-stale-data', oldDuplicateSynStaleData, true),
  p('simultaneous-open', simultaneousOpen),
  p('half-open-after-crash', halfOpenAfterCrash),
  p('closed-port', closedPort),
  p('syn-black-hole', synBlackHole),
  p('close-time-wait', closeTimeWait),
  p('simultaneous-close', simultaneousClose),
  p('syn-flood', synFlood),
  p('syn-flood-cookies', synFloodCookies),
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((x) => x.id === id);
}
