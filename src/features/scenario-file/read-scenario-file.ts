// A scenario file's text, read the way the CLI reads it (parseScenarioJson: field-path
// messages): JSON as is, or the scenario an exported diagram carries in its <metadata>.
// Pure; what goes wrong comes back as data for the caller to say.
import type { Scenario } from '../../core/scenario.ts';
import { scenarioTextFromSvg } from '../../export/svg-metadata.ts';
// Not the scenario/index.ts barrel: the app's entry imports that barrel, and reaching the JSON
// reader through it would put the reader in the first frame's JavaScript.
import type { ScenarioError } from '../../scenario/errors.ts';
import { parseScenarioJson } from '../../scenario/json.ts';

export type ScenarioFileResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; reason: 'invalid'; errors: ScenarioError[] }
  | { ok: false; reason: 'no-scenario-in-svg' };

export function readScenarioFile(
  text: string,
  kind: 'scenario-json' | 'markup',
): ScenarioFileResult {
  const json = kind === 'markup' ? scenarioTextFromSvg(text) : text;
  if (json === null) return { ok: false, reason: 'no-scenario-in-svg' };
  const result = parseScenarioJson(json);
  return result.ok ? result : { ok: false, reason: 'invalid', errors: result.errors };
}
