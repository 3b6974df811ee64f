// Translated teaching texts of the built-in scenarios, kept apart from the scenario files so
// the public scenario format (v1) stays as it is: one table per language, keyed by the
// built-in scenario's id, with one step note per step of the file, in the file's order.
import type { Scenario, StepNote } from '../../core/scenario.ts';

export interface PresetText {
  title: string;
  /** Absent exactly when the file has no notes. */
  notes?: string;
  /** The file's step notes, translated, index for index. */
  steps: readonly string[];
}

export type PresetTexts = Readonly<Record<string, PresetText>>;

/** The texts a scenario shows: its own, or the translation when it still has the built-in's texts. */
export interface ScenarioTexts {
  title?: string;
  notes?: string;
  steps: readonly StepNote[];
}

function sameTexts(a: Scenario, b: Scenario): boolean {
  const steps = (s: Scenario) => (s.steps ?? []).map((x) => [x.at, x.note]);
  return (
    a.title === b.title &&
    a.notes === b.notes &&
    JSON.stringify(steps(a)) === JSON.stringify(steps(b))
  );
}

/**
 * The translated texts when `scenario` still carries the texts of `builtIn` (faults and
 * network changes do not alter them) and a complete translation exists; otherwise the
 * scenario's own texts, as written (a user's scenario is never translated).
 */
export function scenarioTexts(
  scenario: Scenario,
  builtIn: Scenario | undefined,
  translation: PresetText | undefined,
): ScenarioTexts {
  const own: ScenarioTexts = { steps: scenario.steps ?? [] };
  if (scenario.title !== undefined) own.title = scenario.title;
  if (scenario.notes !== undefined) own.notes = scenario.notes;
  if (!builtIn || !translation || !sameTexts(scenario, builtIn)) return own;
  const steps = scenario.steps ?? [];
  if (translation.steps.length !== steps.length) return own;
  const out: ScenarioTexts = {
    steps: steps.map((s, i) => ({ ...s, note: translation.steps[i]! })),
  };
  if (scenario.title !== undefined) out.title = translation.title;
  if (scenario.notes !== undefined && translation.notes !== undefined)
    out.notes = translation.notes;
  return out;
}
