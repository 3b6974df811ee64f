// The question asked while the run is held before an arrival that gets an answer, and the
// verdict once the student reveals the real reply. Everything shown comes from the trace and
// the cursor; the only state kept here is what the student typed and the last verdict.
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { useT, type Translate } from '../../app/i18n/i18n.tsx';
import type { HostName } from '../../core/trace.ts';
import { useLab, useLabStore } from '../../state/LabProvider.tsx';
import { indexTrace } from '../../state/trace-index.ts';
import { segmentName } from '../timeline/segment-label.ts';
import { sideLabelKey } from '../compare/side-label.ts';
import {
  expectedAnswer,
  grade,
  heldStop,
  mergedIndexOf,
  parseAck,
  pointAtStop,
  PREDICT_FLAGS,
  type Expected,
  type Grade,
  type PredictFlag,
} from './predict-model.ts';
import { setQuestionRevealer, stopsOf } from './predict-stops.ts';
import { formatterFor } from '../narration/template.ts';
import { focusAfterRemoval } from '../../app/focus-after-removal.ts';
import { predictMessagesEn, type PredictCatalogue } from './messages.en.ts';

type Format = ReturnType<typeof formatterFor<keyof PredictCatalogue>>;

interface Verdict {
  stop: number;
  receiver: HostName;
  expected: Expected;
  /** Null: revealed without an answer to grade (a step on from the question, a clicker). */
  grade: Grade | null;
}

/** An answer to grade: the ack field parsed (parseAck). */
type Answer = { flags: PredictFlag[]; ack: number | null };

/** What the student has entered in the open question's form, and for which stop. */
interface Typed {
  stop: number;
  flags: PredictFlag[];
  ack: string;
}

export function PredictPrompt({ messages = predictMessagesEn }: { messages?: PredictCatalogue }) {
  const t = useT();
  const m = formatterFor(messages);
  const store = useLabStore();
  const traces = useLab((s) => s.traces);
  const model = useLab((s) => s.model);
  const seqMode = useLab((s) => s.seqMode);
  const protocols = useLab((s) => s.protocols);
  const profiles = useLab((s) => s.profiles);
  const index = useLab((s) => s.index);
  const stop = useLab((s) => heldStop(stopsOf(s), s.model.times, s));
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const typed = useRef<Typed | null>(null);
  const onEntry = useCallback(
    (flags: PredictFlag[] | null, ack = '') => {
      if (stop === null) return;
      if (flags) typed.current = { stop, flags, ack };
      // The form gone because the cursor went back before its question: nothing of it is left
      // to grade. Gone because a step moved on from it, it is what that step reveals (the
      // store moves first, and React may render the move before the reveal runs).
      else if (typed.current?.stop === stop && store.getState().index < stop) typed.current = null;
    },
    [stop, store],
  );

  const at = stop === null ? null : pointAtStop(traces, model, stop);
  // A verdict stays until the next question, or until the cursor goes back before it.
  const shownVerdict = at === null && verdict && index > verdict.stop ? verdict : null;
  const trace = at ? traces[at.trace] : undefined;
  const arriving = at && trace ? indexTrace(trace).byId.get(at.point.arriving.id) : undefined;
  // Side by side, the same question comes once for each run: it names the run it is about.
  const question =
    at === null
      ? ''
      : traces.length > 1
        ? m('predict.questionIn', {
            side: t(sideLabelKey({ protocols, profiles }, at.trace)),
            receiver: t(`segment.host.${at.point.receiver}`),
          })
        : m('predict.question', { receiver: t(`segment.host.${at.point.receiver}`) });

  // Read from the store, not from this render: a step on from the question reveals it after
  // the store has moved (predict-stops.ts), whether or not React has rendered that move yet.
  const revealAt = useCallback(
    (held: number, answer: Answer | null) => {
      const s = store.getState();
      const point = pointAtStop(s.traces, s.model, held);
      const heldTrace = point ? s.traces[point.trace] : undefined;
      if (!point || !heldTrace) return;
      const expected = expectedAnswer(heldTrace, point.point, s.seqMode);
      typed.current = null;
      setVerdict({
        stop: held,
        receiver: point.point.receiver,
        expected,
        grade: answer ? grade(answer, expected) : null,
      });
      // Continue: play out the arrival and the reply, so the answer is drawn on the diagram.
      const reply = mergedIndexOf(s.model, point.trace, point.point.replyIndex);
      if (reply >= 0) s.actions.seekIndex(reply + 1);
      // The question (and its Reveal button) goes: focus goes on to Play, to continue.
      focusAfterRemoval();
    },
    [store],
  );
  // Moving on from the question (Step forward, PageDown, Play) reveals it: graded if the
  // student has entered an answer, else the answer alone.
  useEffect(() => {
    setQuestionRevealer(store, (held) => {
      // Only the question on screen (its form mounted, typed.current set for it).
      const entered = typed.current?.stop === held ? typed.current : null;
      if (!entered) return false;
      const ack = parseAck(entered.ack);
      const answered = ack.ok && (entered.flags.length > 0 || entered.ack.trim() !== '');
      revealAt(held, answered ? { flags: entered.flags, ack: ack.value } : null);
      return true;
    });
    return () => setQuestionRevealer(store, null);
  }, [store, revealAt]);

  return (
    <section
      className={at ? 'predict asking' : shownVerdict ? 'predict' : 'predict idle'}
      aria-label={m('predict.label')}
    >
      {at && (
        <Question
          key={stop}
          onEntry={onEntry}
          question={question}
          arriving={arriving ? segmentName(arriving, seqMode, t) : ''}
          mode={t(seqMode === 'relative' ? 'timeline.seqRelative' : 'timeline.seqAbsolute')}
          onReveal={(answer) => revealAt(stop!, answer)}
          m={m}
        />
      )}
      {/* Always in the page, so the question and then the verdict are announced (politely)
        when they appear; the question is also on screen, in the form above. */}
      <div role="status" className="predict-status">
        {at && (
          <p className="visually-hidden">
            {question}{' '}
            {arriving && m('predict.arriving', { segment: segmentName(arriving, seqMode, t) })}
          </p>
        )}
        {shownVerdict && <VerdictText verdict={shownVerdict} t={t} m={m} />}
      </div>
    </section>
  );
}

function Question({
  onEntry,
  question,
  arriving,
  mode,
  onReveal,
  m,
}: {
  /** Told what the form holds at every render, for a reveal made from outside it; null once gone. */
  onEntry: (flags: PredictFlag[] | null, ack?: string) => void;
  /** The question, worded (side by side it names its run). */
  question: string;
  arriving: string;
  mode: string;
  onReveal: (answer: Answer) => void;
  m: Format;
}) {
  const headingId = useId();
  const ackId = useId();
  const hintId = useId();
  const problemId = useId();
  const [flags, setFlags] = useState<PredictFlag[]>([]);
  const [ack, setAck] = useState('');
  const [problem, setProblem] = useState(false);
  useLayoutEffect(() => {
    onEntry(flags, ack);
  });
  // Gone from the screen (PredictPrompt decides whether what was entered still counts).
  useLayoutEffect(() => () => onEntry(null), [onEntry]);

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
      <h2 id={headingId}>{question}</h2>
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
  const { grade: g, expected } = verdict;
  const receiver = t(`segment.host.${verdict.receiver}`);
  const flagList = (flags: readonly string[]) =>
    flags.length > 0 ? flags.join('+') : m('predict.noFlags');
  const ackText = (ack: number | null) => (ack === null ? m('predict.noAck') : String(ack));
  if (!g)
    return (
      <p className="predict-verdict" data-testid="predict-verdict">
        <strong>{m('predict.answerHeading')}</strong>{' '}
        {m('predict.answer', {
          receiver,
          flags: flagList(expected.flags),
          ack: ackText(expected.ack),
        })}
      </p>
    );
  const lines = [
    g.flagsCorrect
      ? m('predict.flagsCorrect', { flags: flagList(expected.flags) })
      : m('predict.flagsWrong', {
          given: flagList(g.given.flags),
          expected: flagList(expected.flags),
          receiver,
        }),
    g.ackCorrect
      ? m('predict.ackCorrect', { ack: ackText(expected.ack) })
      : m('predict.ackWrong', {
          given: ackText(g.given.ack),
          expected: ackText(expected.ack),
          receiver,
        }),
  ];
  return (
    <p className={`predict-verdict ${g.correct ? 'good' : 'bad'}`} data-testid="predict-verdict">
      <strong>{m(g.correct ? 'predict.correct' : 'predict.incorrect')}</strong> {lines.join(' ')}
    </p>
  );
}
