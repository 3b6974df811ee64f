// A lane's name and its TCP state right now, as visible text (a region named "Client" or
// "Server": tests and screen-reader users read the state here).
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab } from '../../state/LabProvider.tsx';
import { selectAppliedCount } from '../../state/selectors.ts';
import { indexTrace, laneStatusAt } from '../../state/trace-index.ts';
import { captureLane } from '../capture/captured-trace.ts';

export function LaneHeader({
  traceIndex,
  host,
}: {
  traceIndex: number;
  host: 'client' | 'server';
}) {
  const t = useT();
  const applied = useLab(selectAppliedCount(traceIndex));
  const trace = useLab((s) => s.traces[traceIndex]);
  if (!trace) return null;
  const status = laneStatusAt(indexTrace(trace), host, applied);
  const name = t(`host.${host}`);
  // A captured conversation: the lane is an address, and its state is inferred, not known.
  const lane = captureLane(trace, host);
  return (
    <section
      className={`lane-header lane-header-${host}`}
      role="region"
      aria-label={lane ? `${name} ${lane.label}` : name}
    >
      {/* h2: right under the page's h1 (a comparison's verdict, when a heading, is an h2 too). */}
      <h2 className="lane-name">{name}</h2>
      {lane && <p className="lane-address">{lane.label}</p>}
      <p className={`lane-state state-${status.state}`} data-testid={`${host}-state`}>
        {status.state}
        {lane && <span className="lane-inferred"> ({t('capture.inferred')})</span>}
      </p>
      {status.listener !== null && status.listener !== status.state && (
        <p className="lane-listener">{t('lane.listener', { state: status.listener })}</p>
      )}
    </section>
  );
}
