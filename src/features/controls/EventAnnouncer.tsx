// The polite live region and caption: the narration's sentence for the step just taken (what
// happened and why). While playing, the region is silent (a stream of sentences would drown
// the listener); each step, seek or pause is announced.
import { seconds, useT, useTranslations } from '../../app/i18n/i18n.tsx';
import { useNarrators } from '../../app/panels/useNarrators.ts';
import { useLab } from '../../state/LabProvider.tsx';
import { selectNarratedTraceIndex } from '../../state/selectors.ts';
import { sideLabelKey } from '../compare/side-label.ts';

export function EventAnnouncer() {
  const t = useT();
  const traces = useLab((s) => s.traces);
  const seqMode = useLab((s) => s.seqMode);
  const playing = useLab((s) => s.playing);
  const k = useLab(selectNarratedTraceIndex);
  const index = useLab((s) => s.index);
  const model = useLab((s) => s.model);
  const compare = useLab((s) => s.compare);
  const protocols = useLab((s) => s.protocols);
  const profiles = useLab((s) => s.profiles);
  // A step by segment in a comparison takes both runs to the moment (segment-steps.ts): the
  // caption tells each run's part of it, not only the run whose event came last. (One column
  // on screen, a phone's: that column's.)
  const bothRuns = useLab((s) => s.compare && s.shownColumn === null && s.stepBy === 'segment');
  const narrators = useNarrators(traces, seqMode, useTranslations()?.narration);
  const lastOf = (j: number) => {
    const events = traces[j]?.events ?? [];
    let applied = index > 0 ? model.appliedIn(j, index) : 0;
    // The timer a send sets is not what the step is about; the send is (as the stop of a
    // step by segment is: segment-steps.ts). The other run's step ends on it too.
    while (bothRuns && applied > 1 && events[applied - 1]!.type === 'timer') {
      if (events[applied - 2]!.t !== events[applied - 1]!.t) break;
      applied--;
    }
    return { j, applied, event: events[applied - 1] };
  };
  const current = lastOf(k);
  const told = current.event
    ? bothRuns
      ? traces.map((_, j) => lastOf(j)).filter((x) => x.event?.t === current.event!.t)
      : [current]
    : [];
  // Between a step and the narration's arrival (first moments after load) the caption waits
  // rather than saying something untrue.
  const lines = told.map(({ j, applied, event }) => {
    const say = narrators[j];
    return say
      ? t(compare ? 'announce.narrationIn' : 'announce.narration', {
          time: seconds(event!.t),
          sentence: say(applied - 1),
          protocol: t(sideLabelKey({ protocols, profiles }, j)),
        })
      : '';
  });
  return (
    <p
      className="announcer"
      aria-live={playing ? 'off' : 'polite'}
      aria-atomic="true"
      data-testid="announcer"
    >
      {current.event ? lines.map((line, i) => <span key={i}>{line}</span>) : t('announce.start')}
    </p>
  );
}
