// The narrated presets: scenario files in the public format (docs/scenario-format.md), so
// lecturers can copy and adapt them. Each is a real run of the engine; the titles, notes and
// per-step notes travel inside the files.

import type { Scenario } from '../core/scenario.ts';
import handshakeDataClose from './handshake-data-close.json' with { type: 'json' };
import lostSyn from './lost-syn.json' with { type: 'json' };
import lostSynAck from './lost-syn-ack.json' with { type: 'json' };
import lostFinalAck from './lost-final-ack.json' with { type: 'json' };
import duplicateSyn from './duplicate-syn.json' with { type: 'json' };
import oldDuplicateSyn from './old-duplicate-syn.json' with { type: 'json' };
import oldDuplicateSynStaleData from './old-duplicate-syn-stale-data.json' with { type: 'json' };
import simultaneousOpen from './simultaneous-open.json' with { type: 'json' };
import halfOpenAfterCrash from './half-open-after-crash.json' with { type: 'json' };
import closedPort from './closed-port.json' with { type: 'json' };
import synBlackHole from './syn-black-hole.json' with { type: 'json' };
import closeTimeWait from './close-time-wait.json' with { type: 'json' };
import simultaneousClose from './simultaneous-close.json' with { type: 'json' };
import synFlood from './syn-flood.json' with { type: 'json' };
import synFloodCookies from './syn-flood-cookies.json' with { type: 'json' };

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
