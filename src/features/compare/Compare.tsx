// The switch between one protocol and two-way next to three-way, and each side's verdict.
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import { verdictFor } from './verdict.ts';

export function CompareSwitch() {
  const t = useT();
  const actions = useLabActions();
  const compare = useLab((s) => s.compare);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={compare}
      className="switch"
      onClick={() => actions.setCompare(!compare)}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {t('compare.toggle')}
    </button>
  );
}

export function VerdictCaption({ traceIndex }: { traceIndex: number }) {
  const t = useT();
  const trace = useLab((s) => s.traces[traceIndex]);
  if (!trace) return null;
  const verdict = verdictFor(trace, t);
  return (
    <p
      className={`verdict ${verdict.bad ? 'bad' : 'good'}`}
      data-testid={`verdict-${trace.summary.protocol}`}
    >
      {verdict.text}
    </p>
  );
}
