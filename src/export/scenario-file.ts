// A scenario as a file in the public format v1 (docs/scenario-format.md): the text the
// "Export scenario (JSON)" button saves and the exported SVG carries in its <metadata>.
// Pure; the same text every time for the same scenario.
import type { Scenario } from '../core/scenario.ts';
import { parseScenario } from '../scenario/validate.ts';

/**
 * Pretty-printed JSON, two-space indent, a final newline (what editors and diffs expect), with
 * the fields in the format's own order (as the parser writes them), so a file that is
 * imported and exported again comes out byte for byte the same.
 */
export function scenarioFileText(scenario: Scenario): string {
  const checked = parseScenario(scenario);
  return `${JSON.stringify(checked.ok ? checked.scenario : scenario, null, 2)}\n`;
}

/** `lost-syn.json` for a preset, `scenario.json` otherwise (with any other extension). */
export function scenarioFileName(presetId: string | null, extension = 'json'): string {
  return `${presetId ?? 'scenario'}.${extension}`;
}
