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
  const applied = useLab((s) => (s.index > 0 ? s.model.appliedIn(k, s.index) : 0));
  const compare = useLab((s) => s.compare);
  const side = useLab((s) => sideLabelKey(s, k));
  const narrators = useNarrators(traces, seqMode, useTranslations()?.narration);
  const event = applied > 0 ? traces[k]?.events[applied - 1] : undefined;
  const say = narrators[k];
  // Between a step and the narration's arrival (first moments after load) the caption waits
  // rather than saying something untrue.
  const text = !event
    ? t('announce.start')
    : say
      ? t(compare ? 'announce.narrationIn' : 'announce.narration', {
          time: seconds(event.t),
          sentence: say(applied - 1),
          protocol: t(side),
        })
      : '';
  return (
    <p
      className="announcer"
      aria-live={playing ? 'off' : 'polite'}
      aria-atomic="true"
      data-testid="announcer"
    >
      {text}
    </p>
  );
}
