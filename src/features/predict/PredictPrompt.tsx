// The question asked while the run is held before an arrival that gets an answer, and the
// verdict once the student reveals the real reply. Everything shown comes from the trace and
// the cursor; the only state kept here is what the student typed and the last verdict.
import { useId, useState, type FormEvent } from 'react';
import { useT, type Translate } from '../../app/i18n/i18n.tsx';
import type { HostName } from '../../core/trace.ts';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import { indexTrace } from '../../state/trace-index.ts';
import { segmentName } from '../timeline/segment-label.ts';
import {
  expectedAnswer,
  grade,
  heldStop,
  mergedIndexOf,
  parseAck,
  pointAtStop,
  PREDICT_FLAGS,
  type Grade,
  type PredictFlag,
} from './predict-model.ts';
import { stopsOf } from './predict-stops.ts';
import { formatterFor } from '../narration/template.ts';
import { focusAfterRemoval } from '../../app/focus-after-removal.ts';
import { predictMessagesEn, type PredictCatalogue } from './messages.en.ts';

type Format = ReturnType<typeof formatterFor<keyof PredictCatalogue>>;

interface Verdict {
  stop: number;
  receiver: HostName;
  grade: Grade;
}

export function PredictPrompt({ messages = predictMessagesEn }: { messages?: PredictCatalogue }) {
  const t = useT();
  const m = formatterFor(messages);
  const actions = useLabActions();
  const traces = useLab((s) => s.traces);
  const model = useLab((s) => s.model);
  const seqMode = useLab((s) => s.seqMode);
  const index = useLab((s) => s.index);
  const stop = useLab((s) => heldStop(stopsOf(s), s.model.times, s));
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  const at = stop === null ? null : pointAtStop(traces, model, stop);
  // A verdict stays until the next question, or until the cursor goes back before it.
  const shownVerdict = at === null && verdict && index > verdict.stop ? verdict : null;
  const trace = at ? traces[at.trace] : undefined;
  const arriving = at && trace ? indexTrace(trace).byId.get(at.point.arriving.id) : undefined;

  const reveal = (answer: { flags: PredictFlag[]; ack: number | null }) => {
    if (!at || !trace || stop === null) return;
    const result = grade(answer, expectedAnswer(trace, at.point, seqMode));
    setVerdict({ stop, receiver: at.point.receiver, grade: result });
    // Continue: play out the arrival and the reply, so the answer is drawn on the diagram.
    const reply = mergedIndexOf(model, at.trace, at.point.replyIndex);
    if (reply >= 0) actions.seekIndex(reply + 1);
    // The question (and its Reveal button) goes: focus goes on to Play, to continue.
    focusAfterRemoval();
  };

  return (
    <section
      className={at ? 'predict asking' : shownVerdict ? 'predict' : 'predict idle'}
      aria-label={m('predict.label')}
    >
      {at && (
        <Question
          key={stop}
          receiver={at.point.receiver}
          arriving={arriving ? segmentName(arriving, seqMode, t) : ''}
          mode={t(seqMode === 'relative' ? 'timeline.seqRelative' : 'timeline.seqAbsolute')}
          onReveal={reveal}
          m={m}
        />
      )}
      {/* Always in the page, so the question and then the verdict are announced (politely)
        when they appear; the question is also on screen, in the form above. */}
      <div role="status" className="predict-status">
        {at && (
          <p className="visually-hidden">
            {m('predict.question', { receiver: t(`segment.host.${at.point.receiver}`) })}{' '}
            {arriving && m('predict.arriving', { segment: segmentName(arriving, seqMode, t) })}
          </p>
        )}
        {shownVerdict && <VerdictText verdict={shownVerdict} t={t} m={m} />}
      </div>
    </section>
  );
}

function Question({
  receiver,
  arriving,
  mode,
  onReveal,
  m,
}: {
  receiver: HostName;
  arriving: string;
  mode: string;
  onReveal: (answer: { flags: PredictFlag[]; ack: number | null }) => void;
  m: Format;
}) {
  const t = useT();
  const headingId = useId();
  const ackId = useId();
  const hintId = useId();
  const problemId = useId();
  const [flags, setFlags] = useState<PredictFlag[]>([]);
  const [ack, setAck] = useState('');
  const [problem, setProblem] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAck(ack);
    if (!parsed.ok) {
      setProblem(true);
      return;
    }
    setProblem(false);
    onReveal({ flags, ack: parsed.value });
  };

  return (
    <form className="predict-form" onSubmit={submit} aria-labelledby={headingId}>
      <h2 id={headingId}>{m('predict.question', { receiver: t(`segment.host.${receiver}`) })}</h2>
      {arriving && (
        <p className="predict-arriving">{m('predict.arriving', { segment: arriving })}</p>
      )}
      <div className="predict-fields">
        <fieldset>
          <legend>{m('predict.flags')}</legend>
          {PREDICT_FLAGS.map((flag) => (
            <label key={flag} className="predict-flag">
              <input
                type="checkbox"
                checked={flags.includes(flag)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setFlags((now) => (on ? [...now, flag] : now.filter((f) => f !== flag)));
                }}
              />
              {flag}
            </label>
          ))}
        </fieldset>
        <div className="predict-ack">
          <label htmlFor={ackId}>{m('predict.ack')}</label>
          <input
            id={ackId}
            type="number"
            inputMode="numeric"
            min={0}
            max={4294967295}
            step={1}
            value={ack}
            onChange={(e) => setAck(e.currentTarget.value)}
            aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
            aria-invalid={problem || undefined}
          />
          <p id={hintId} className="predict-hint">
            {m('predict.ackHint', { mode })}
          </p>
        </div>
        <button type="submit" className="predict-reveal">
          {m('predict.reveal')}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="problem" role="alert">
          {m('predict.invalidAck')}
        </p>
      )}
    </form>
  );
}

function VerdictText({ verdict, t, m }: { verdict: Verdict; t: Translate; m: Format }) {
  const { grade: g } = verdict;
  const receiver = t(`segment.host.${verdict.receiver}`);
  const flagList = (flags: readonly string[]) =>
    flags.length > 0 ? flags.join('+') : m('predict.noFlags');
  const ackText = (ack: number | null) => (ack === null ? m('predict.noAck') : String(ack));
  const lines = [
    g.flagsCorrect
      ? m('predict.flagsCorrect', { flags: flagList(g.expected.flags) })
      : m('predict.flagsWrong', {
          given: flagList(g.given.flags),
          expected: flagList(g.expected.flags),
          receiver,
        }),
    g.ackCorrect
      ? m('predict.ackCorrect', { ack: ackText(g.expected.ack) })
      : m('predict.ackWrong', {
          given: ackText(g.given.ack),
          expected: ackText(g.expected.ack),
          receiver,
        }),
  ];
  return (
    <p className={`predict-verdict ${g.correct ? 'good' : 'bad'}`} data-testid="predict-verdict">
      <strong>{m(g.correct ? 'predict.correct' : 'predict.incorrect')}</strong> {lines.join(' ')}
    </p>
  );
}
