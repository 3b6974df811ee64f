// Each side's title and verdict above its diagram, when two runs are side by side. Loaded with
// the first comparison, not in the first frame's JavaScript.
import { useId } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab } from '../../state/LabProvider.tsx';
import { selectAppliedCount } from '../../state/selectors.ts';
import { byProfile, sideId, sideLabelKey } from './side-label.ts';
import { profileVerdictFor, verdictFor } from './verdict.ts';
import { revealInjectForm } from '../faults/reveal-inject-form.ts';
import { useReducedMotion } from '../timeline/reduced-motion.ts';

export function VerdictCaption({ traceIndex }: { traceIndex: number }) {
  const t = useT();
  const trace = useLab((s) => s.traces[traceIndex]);
  const profiles = useLab(byProfile);
  const side = t(useLab((s) => sideLabelKey(s, traceIndex)));
  const id = useLab((s) => sideId(s, traceIndex));
  const predict = useLab((s) => s.predict);
  const applied = useLab(selectAppliedCount(traceIndex));
  const smooth = !useReducedMotion();
  // Whether the page has the Faults panel (App.tsx: not in presenter or embed mode).
  const editing = useLab((s) => !s.presenter && !s.embed);
  const leadId = useId();
  if (!trace) return null;
  // Under two profiles the verdict, which starts with the profile's name, is the diagram's title.
  const Tag = profiles ? 'h2' : 'p';
  // Predict mode asks the room what happens next: the verdict would answer that in advance, so
  // it waits until this side has been played to its end.
  if (predict && applied < trace.events.length)
    return (
      <Tag className="verdict pending" data-testid={`verdict-${id}`}>
        {t('compare.verdictPending', { protocol: side })}
      </Tag>
    );
  // Two protocols: the verdict as far as this side has been played, event by event. Two
  // profiles: the whole run, which is what their timers change.
  const verdict = profiles
    ? profileVerdictFor(trace, t, side)
    : verdictFor(trace, t, side, applied);
  // A run that never asked the question offers to ask it: the inject form, in the Faults
  // panel (far along the strip under the diagrams, or a screen below on a phone). Presenter
  // and embed modes have no Faults panel: there the verdict only says it was not asked.
  const untested = verdict.untested;
  return (
    <Tag className={`verdict ${verdict.bad ? 'bad' : 'good'}`} data-testid={`verdict-${id}`}>
      {untested && editing ? (
        <span>
          <span id={leadId}>{untested.lead}</span>
          {/* "inject one" says what in the sentence it ends: its description. */}
          <button
            type="button"
            className="verdict-action"
            aria-describedby={leadId}
            onClick={() => revealInjectForm(smooth)}
          >
            {untested.action}
          </button>
        </span>
      ) : untested ? (
        untested.quiet
      ) : (
        verdict.text
      )}
    </Tag>
  );
}
