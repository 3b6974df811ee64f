// THE call site for validating a scenario before it is run. Everything the user changes
// (faults, link settings, injections, scenario choices) passes through here on its way to the
// worker, so bad input becomes a message naming the field, never an engine error. The rules
// are the scenario format's own (src/scenario/validate.ts), the same the CLI and files use.
import type { Scenario } from '../core/scenario.ts';
// validate.ts itself, not the barrel: the barrel also leads to the JSON text reader, which the
// first frame does not need (files are read by lazily loaded code).
import { parseScenario } from '../scenario/validate.ts';

export interface ScenarioProblem {
  /** Where, e.g. `faults[1].ms`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

export type ScenarioCheck =
  { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioProblem[] };

export function validateScenario(input: unknown): ScenarioCheck {
  const result = parseScenario(input);
  if (result.ok) return { ok: true, scenario: result.scenario };
  return { ok: false, errors: result.errors.map((e) => ({ path: e.path, message: e.message })) };
}
