// The RFC 9293 vs Linux view's summary: what differs between the two runs, computed from the
// two traces (profile-diff.ts), with a button that selects the first different segment.
import { useId, useMemo } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import { profileDifferences } from './profile-diff.ts';
import { differenceRow } from './profile-diff-text.ts';
import { byProfile, sideLabelKey } from './side-label.ts';

export function ProfileDiff() {
  const t = useT();
  const actions = useLabActions();
  const shown = useLab((s) => byProfile(s) && s.traces.length === 2);
  const left = useLab((s) => s.traces[0]);
  const right = useLab((s) => s.traces[1]);
  const leftName = t(useLab((s) => sideLabelKey(s, 0)));
  const rightName = t(useLab((s) => sideLabelKey(s, 1)));
  const headingId = useId();
  const differences = useMemo(
    () => (shown && left && right ? profileDifferences(left, right) : []),
    [shown, left, right],
  );
  if (!shown) return null;
  const first = differences[0]?.kind === 'first-segment' ? differences[0].segments : null;
  // The side that parts ways first in time (or the only one that sent anything more).
  const earlier =
    first && (first[1] === null || (first[0] !== null && first[0].t <= first[1].t)) ? 0 : 1;
  const target = first?.[earlier];

  return (
    <section className="profile-diff" aria-labelledby={headingId} data-testid="profile-diff">
      <div className="profile-diff-head">
        <h2 id={headingId}>{t('diff.title', { left: leftName, right: rightName })}</h2>
        {target && (
          <button
            type="button"
            onClick={() => {
              actions.seekTime(target.t);
              actions.select({ trace: earlier, id: target.id });
            }}
          >
            {t('diff.show')}
          </button>
        )}
      </div>
      {differences.length === 0 ? (
        <p>{t('diff.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('diff.what')}</span>
              </th>
              <th scope="col">{leftName}</th>
              <th scope="col">{rightName}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d, i) => {
              const row = differenceRow(d, t);
              return (
                <tr key={i}>
                  <th scope="row">{row.label}</th>
                  <td>{row.values[0]}</td>
                  <td>{row.values[1]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
