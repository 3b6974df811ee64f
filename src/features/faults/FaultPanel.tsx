// The experiment's faults in plain words, each removable; the link's latency and loss; and a
// keyboard-friendly way to inject an old SYN at a chosen moment.
import { useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULTS, LIMITS } from '../../core/scenario.ts';
import { seconds } from '../../app/i18n/i18n.tsx';
import { useFaultsT } from './use-faults-t.ts';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import { indexTrace } from '../../state/trace-index.ts';
import { describeFault, describeInjection, oldSynInjection, oldSynMoment } from './fault-edits.ts';
import { focusAfterRemoval } from '../../app/focus-after-removal.ts';
import { FaultRow } from './FaultRow.tsx';

const MAX_LATENCY_UI = 1000;

export function FaultPanel() {
  const t = useFaultsT();
  const actions = useLabActions();
  const faults = useLab((s) => s.scenario.faults);
  const injections = useLab((s) => s.scenario.inject);
  const latency = useLab((s) => s.scenario.latencyMs);
  const loss = useLab((s) => s.scenario.lossRate ?? DEFAULTS.lossRate);
  const trace = useLab((s) => s.traces[0]);
  const comparing = useLab((s) => s.compare);
  const latencyId = useId();
  const lossId = useId();
  const injectId = useId();
  // Until the user types a moment, the form offers one at which an old SYN tells the two
  // protocols apart (fault-edits.ts), and says why; 0.5 s when the run has none.
  const moment = trace ? oldSynMoment(indexTrace(trace)) : null;
  const [typed, setTyped] = useState<string | null>(null);
  const injectAt = typed ?? (moment ? seconds(moment.at) : '0.5');
  const injectHintId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  /** The moment (ms) of the old SYN just injected from this form, said under it. */
  const [injected, setInjected] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  /**
   * After a removal: the Remove button now in that row, or the one above; none left, the
   * panel's heading (not the latency slider, where the next arrow key would change the link).
   */
  const focusRow = (row: number) =>
    focusAfterRemoval(() => {
      const buttons = list.current?.querySelectorAll<HTMLElement>('button') ?? [];
      return (
        buttons[Math.min(row, buttons.length - 1)] ?? document.getElementById(`${latencyId}-title`)
      );
    });
  const latencyMs =
    typeof latency === 'number' ? latency : latency ? latency.clientToServer : DEFAULTS.latencyMs;

  const onInject = (e: FormEvent) => {
    e.preventDefault();
    const s = Number(injectAt);
    const maxS = LIMITS.maxTimeMs / 1000;
    if (injectAt.trim() === '' || !Number.isFinite(s) || s < 0 || s > maxS) {
      setProblem(t('faults.invalidNumber', { field: t('faults.injectAt'), min: 0, max: maxS }));
      return;
    }
    setProblem(null);
    if (!trace) return;
    const at = Math.round(s * 1000);
    actions.addInjection(oldSynInjection(indexTrace(trace), 'server', at));
    // On a phone the diagram is a screen away: say what happened, and offer the comparison
    // the old SYN is there to show (its switch is at the top of the page).
    setInjected(at);
  };

  // Said while that old SYN is in the list (not after its Remove, nor in another scenario).
  const shownInjected =
    injected !== null && (injections ?? []).some((i) => i.at === injected) ? injected : null;
  const none = (faults?.length ?? 0) === 0 && (injections?.length ?? 0) === 0;
  return (
    <section className="panel fault-panel" aria-labelledby={`${latencyId}-title`}>
      <h2 id={`${latencyId}-title`} tabIndex={-1}>
        {t('faults.title')}
      </h2>
      {none ? <p className="muted">{t('faults.none')}</p> : null}
      <ul className="fault-list" aria-label={t('faults.listLabel')} ref={list}>
        {(faults ?? []).map((f, i) => (
          <FaultRow
            key={`f${i}`}
            text={describeFault(f, t)}
            onRemove={() => {
              actions.removeFault(i);
              focusRow(i);
            }}
          />
        ))}
        {(injections ?? []).map((inj, i) => (
          <FaultRow
            key={`i${i}`}
            text={describeInjection(inj, t)}
            onRemove={() => {
              actions.removeInjection(i);
              focusRow((faults?.length ?? 0) + i);
            }}
          />
        ))}
      </ul>
      <p className="muted hint">{t('faults.hint')}</p>

      <h3>{t('faults.link')}</h3>
      <div className="field">
        <label htmlFor={latencyId}>{t('faults.latency')}</label>
        <input
          id={latencyId}
          type="range"
          min={1}
          max={MAX_LATENCY_UI}
          step={1}
          value={latencyMs}
          onChange={(e) => actions.setLatency(Number(e.currentTarget.value))}
        />
        <output htmlFor={latencyId}>{latencyMs}</output>
      </div>
      <div className="field">
        <label htmlFor={lossId}>{t('faults.loss')}</label>
        <input
          id={lossId}
          type="range"
          min={0}
          max={50}
          step={1}
          value={Math.round(loss * 100)}
          onChange={(e) => actions.setLossRate(Number(e.currentTarget.value) / 100)}
        />
        <output htmlFor={lossId}>{Math.round(loss * 100)}</output>
      </div>

      {/* The form checks the number itself (onInject) and says what is wrong: the browser's
          step check would silently refuse a moment such as 0.02 s or 0.525 s. */}
      <form className="field inject" onSubmit={onInject} noValidate>
        <label htmlFor={injectId}>{t('faults.injectAt')}</label>
        <input
          id={injectId}
          type="number"
          inputMode="decimal"
          min={0}
          step={0.01}
          value={injectAt}
          onChange={(e) => setTyped(e.currentTarget.value)}
          aria-describedby={typed === null && moment ? injectHintId : undefined}
        />
        <button type="submit">{t('faults.injectButton')}</button>
      </form>
      {typed === null && moment && (
        <p className="muted hint" id={injectHintId}>
          {t('faults.injectSuggested', {
            from: seconds(moment.listening),
            to: seconds(moment.synArrives),
          })}
        </p>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div role="status">
        {shownInjected !== null && (
          <p className="hint">{t('faults.injected', { time: seconds(shownInjected) })}</p>
        )}
      </div>
      {shownInjected !== null && !comparing && (
        <button
          type="button"
          className="tool"
          onClick={() => {
            actions.setCompare(true);
            // The button goes with the comparison it offered, and what it offered is the
            // diagrams: focus and the view go to them (on a phone they are a screen above).
            focusAfterRemoval(() => {
              const timeline = document.querySelector<HTMLElement>('.timeline-scroll');
              timeline?.scrollIntoView({ block: 'start' });
              return timeline;
            });
          }}
        >
          {t('faults.compareNow')}
        </button>
      )}
    </section>
  );
}
