// The scenario's own teaching text: its title, its introduction and the step note for the
// moment the playhead has reached (the latest note whose time has come). The text comes from
// the scenario file, so it is only ever rendered as text. A built-in scenario whose texts are
// unchanged is shown in the page's language (src/presets/i18n); anything else as written.
import type { StepNote } from '../core/scenario.ts';
import { PRESET_CATALOGUE } from '../presets/catalogue.ts';
import { scenarioTexts } from '../presets/i18n/preset-texts.ts';
import { questionOpen } from '../features/predict/predict-gate.ts';
import { useLab, useLabActions, useLabStore } from '../state/LabProvider.tsx';
import { builtInNow } from './builtin-catalogue.ts';
import { focusAfterRemoval } from './focus-after-removal.ts';
import { useT, useTranslations } from './i18n/i18n.tsx';

/**
 * Where the note in force at `time` is in `steps` (the last one whose moment has been
 * reached; the later one of a tie), or -1 before the first one. `beforeTime`: only notes from
 * before that moment (its events have not all happened yet).
 */
export function stepNoteIndexAt(
  steps: readonly StepNote[],
  time: number,
  beforeTime = false,
): number {
  let current = -1;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    const reached = beforeTime ? s.at < time : s.at <= time;
    if (reached && (current < 0 || s.at >= steps[current]!.at)) current = i;
  }
  return current;
}

export function LessonPanel() {
  const t = useT();
  const translations = useTranslations();
  const scenarioId = useLab((s) => s.scenarioId);
  const started = useLab((s) => s.index > 0);
  // Which note is in force, not the time itself: the panel re-renders when the note changes,
  // not at every step. A translation keeps the scenario's notes in order, so the index holds.
  // While predict mode asks what an arrival brings, the note written for that moment (which
  // tells the reply) waits: the one before it stays until the answer is revealed.
  const store = useLabStore();
  const noteIndex = useLab((s) =>
    stepNoteIndexAt(s.scenario.steps ?? [], s.time, questionOpen(store, s)),
  );
  const scenario = scenarioTexts(
    useLab((s) => s.scenario),
    scenarioId === null ? undefined : builtInNow(scenarioId)?.scenario,
    scenarioId === null ? undefined : translations?.presets[scenarioId],
  );
  const steps = scenario.steps;
  // A story told side by side (the picker opens it so), reached without the comparison: from
  // a link that leaves it out, or with it switched off. Its notes speak of both protocols, and
  // presenter mode has no header switch, so the offer is made here.
  const sideBySide = PRESET_CATALOGUE.some((e) => e.id === scenarioId && e.compare);
  // Not two-way next to three-way (RFC 9293 next to Linux is a comparison too).
  const comparing = useLab((s) => s.compareMode === 'protocols');
  const { setCompare } = useLabActions();
  if (!scenario.title && !scenario.notes && steps.length === 0) return null;
  const note = started && noteIndex >= 0 ? (steps[noteIndex] ?? null) : null;
  return (
    <section className="panel lesson-panel" aria-label={t('lesson.label')}>
      {scenario.title && <h2 className="lesson-title">{scenario.title}</h2>}
      {sideBySide && !comparing && (
        <button
          type="button"
          className="lesson-compare"
          onClick={() => {
            setCompare(true);
            // The button goes with the click: focus goes on to Play, not back to the page's top.
            focusAfterRemoval();
          }}
        >
          {t('lesson.showSideBySide')}
        </button>
      )}
      {scenario.notes && (
        // Folded once the run has started, to leave room for the step notes; a scenario
        // without step notes keeps its introduction, which says what to try.
        <details className="lesson-intro" open={!started || steps.length === 0}>
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
