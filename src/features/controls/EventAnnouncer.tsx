// The polite live region and caption: the narration's sentence for the step just taken (what
// happened and why). While playing, the region is silent (a stream of sentences would drown
// the listener); each step, seek or pause is announced.
import { seconds, useT, useTranslations } from '../../app/i18n/i18n.tsx';
import { useNarrators } from '../../app/panels/useNarrators.ts';
import { useLab } from '../../state/LabProvider.tsx';
import { selectNarratedTraceIndex } from '../../state/selectors.ts';
import { sideLabelKey } from '../compare/side-label.ts';
import { runsAtStop } from '../../state/segment-steps.ts';

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
  const shownColumn = useLab((s) => s.shownColumn);
  // A step by segment in a comparison takes both runs to the moment (segment-steps.ts): the
  // caption tells each run's part of it, not only the run whose event came last; one column
  // on screen (a phone), that column's part.
  const stepBySegment = useLab((s) => s.compare && s.stepBy === 'segment');
  const { narrators, unavailable } = useNarrators(traces, seqMode, useTranslations()?.narration);
  const atStop = stepBySegment ? runsAtStop(traces, model, index) : null;
  const parts = atStop?.filter((r) => shownColumn === null || r.run === shownColumn);
  const last = index > 0 && traces[k] ? model.appliedIn(k, index) : 0;
  const told = parts?.length ? parts : last > 0 ? [{ run: k, applied: last }] : [];
  // Said at the last event, so a clicker pressed on past it (nothing moves) is not taken for
  // a clicker that stopped working.
  const ended = index > 0 && index >= model.length;
  // Between a step and the narration's arrival (first moments after load) the caption waits
  // rather than saying something untrue; if its code cannot come, it says that.
  const said = told.map(({ run, applied }) => {
    const say = narrators[run];
    return say
      ? { time: seconds(traces[run]!.events[applied - 1]!.t), sentence: say(applied - 1), run }
      : null;
  });
  // Both runs' parts of a moment alike (the client's SYN, before any fault tells them apart):
  // one line for both, not the same sentence twice (four lines of a projector's caption).
  const [first, second] = said;
  const alike =
    said.length === 2 &&
    !!first &&
    !!second &&
    first.time === second.time &&
    first.sentence === second.sentence;
  const sentences = unavailable
    ? [t('app.partUnavailable')]
    : (alike ? said.slice(0, 1) : said).map((part) =>
        !part
          ? ''
          : alike
            ? t('announce.narrationBoth', part)
            : t(compare ? 'announce.narrationIn' : 'announce.narration', {
                ...part,
                protocol: t(sideLabelKey({ protocols, profiles }, part.run)),
              }),
      );
  // On the last line, not a line of its own: the caption keeps its height.
  const lines = ended
    ? sentences.map((line, i) =>
        i === sentences.length - 1 ? t('announce.endOfRun', { line }) : line,
      )
    : sentences;
  return (
    <p
      className="announcer"
      aria-live={playing ? 'off' : 'polite'}
      aria-atomic="true"
      data-testid="announcer"
    >
      {/* One line per run; the space keeps the sentences apart for readers that join lines. */}
      {told.length > 0
        ? lines.map((line, i) => (
            <span key={i}>
              {i > 0 && ' '}
              {line}
            </span>
          ))
        : t('announce.start')}
    </p>
  );
}
