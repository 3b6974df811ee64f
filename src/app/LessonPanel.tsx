// The scenario's own teaching text: its title, its introduction and the step note for the
// moment the playhead has reached (the latest note whose time has come). The text comes from
// the scenario file, so it is only ever rendered as text. A built-in scenario whose texts are
// unchanged is shown in the page's language (src/presets/i18n); anything else as written.
import type { StepNote } from '../core/scenario.ts';
import { scenarioTexts } from '../presets/i18n/preset-texts.ts';
import { useLab } from '../state/LabProvider.tsx';
import { builtInNow } from './builtin-catalogue.ts';
import { useT, useTranslations } from './i18n/i18n.tsx';

/** The note in force at `time`: the last one whose moment has been reached. */
export function stepNoteAt(steps: readonly StepNote[], time: number): StepNote | null {
  let current: StepNote | null = null;
  for (const s of steps) if (s.at <= time && (!current || s.at >= current.at)) current = s;
  return current;
}

export function LessonPanel() {
  const t = useT();
  const translations = useTranslations();
  const scenarioId = useLab((s) => s.scenarioId);
  const time = useLab((s) => s.time);
  const started = useLab((s) => s.index > 0);
  const scenario = scenarioTexts(
    useLab((s) => s.scenario),
    scenarioId === null ? undefined : builtInNow(scenarioId)?.scenario,
    scenarioId === null ? undefined : translations?.presets[scenarioId],
  );
  const steps = scenario.steps;
  if (!scenario.title && !scenario.notes && steps.length === 0) return null;
  const note = started ? stepNoteAt(steps, time) : null;
  return (
    <section className="panel lesson-panel" aria-label={t('lesson.label')}>
      {scenario.title && <h2 className="lesson-title">{scenario.title}</h2>}
      {scenario.notes && (
        <details className="lesson-intro" open={!started}>
          <summary>{t('lesson.introduction')}</summary>
          <p>{scenario.notes}</p>
        </details>
      )}
      {steps.length > 0 && (
        <p className="lesson-step" aria-live="polite" data-testid="step-note">
          {note ? note.note : t('lesson.beforeFirstStep')}
        </p>
      )}
    </section>
  );
}
