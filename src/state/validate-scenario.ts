// THE call site for validating a scenario before it is run. Everything the user changes
// (faults, link settings, injections, scenario choices) passes through here on its way to the
// worker, so bad input becomes a message naming the field, never an engine error. The rules
// are the scenario format's own (src/scenario/validate.ts), the same the CLI and files use.
import type { Scenario } from '../core/scenario.ts';
// validate.ts itself, not the barrel: the barrel also leads to the JSON text reader, which the
// first frame does not need (files are read by lazily loaded code).
import type { ScenarioError } from '../scenario/errors.ts';
import { parseScenario } from '../scenario/validate.ts';

/**
 * Where (e.g. `faults[1].ms`) and what is wrong: in English (`message`) and as a phrase the
 * page says in its language (the validator's errors as they are).
 */
export type ScenarioProblem = Pick<ScenarioError, 'path' | 'message' | 'phrase'>;

export type ScenarioCheck =
  { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioProblem[] };

export function validateScenario(input: unknown): ScenarioCheck {
  const result = parseScenario(input);
  return result.ok ? { ok: true, scenario: result.scenario } : result;
}
