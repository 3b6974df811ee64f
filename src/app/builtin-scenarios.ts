// The scenarios the picker offers, in the public scenario format v1: the lab's default (a
// handshake whose applications act late enough that network faults can be tried on it) and
// the narrated presets (src/presets). Real runs, not pictures: the engine produces everything
// shown for them. All of them, whole: for the build, tests and code loaded on demand. The
// first frame's code reads builtin-catalogue.ts instead, which loads this module when needed.
import type { Scenario } from '../core/scenario.ts';
import { PRESETS } from '../presets/index.ts';
import { DEFAULT_BUILT_IN } from './builtin-catalogue.ts';
import type { MessageKey } from './i18n/en.ts';

export interface BuiltInScenario {
  id: string;
  /** The title: a catalogue key for the lab's own default, the file's title for a preset. */
  titleKey?: MessageKey;
  scenario: Scenario;
  /** Opens two-way next to three-way. */
  compare: boolean;
}

export { DEFAULT_SCENARIO_ID } from './builtin-catalogue.ts';

export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = [
  DEFAULT_BUILT_IN,
  ...PRESETS.map((p) => ({ id: p.id, scenario: p.scenario, compare: p.compare })),
];

export function findBuiltIn(id: string): BuiltInScenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
