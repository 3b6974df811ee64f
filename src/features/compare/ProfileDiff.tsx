// The RFC 9293 vs Linux view's summary: what differs between the two runs, computed from the
// two traces (profile-diff.ts), one row per difference and one column per side, with a
// button that selects the first different segment (the inspector and the diagram show it).
// Above the diagrams; in the narrow layout (a phone, upright or on its side) below them
// (app.css).
import { useId, useMemo } from 'react';
import { NARROW } from '../../app/transport-height.ts';
import { useReducedMotion } from '../timeline/reduced-motion.ts';
import { useDiffT } from './use-diff-t.ts';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import { profileDifferences, type Pair, type SentSegment } from './profile-diff.ts';
import { differenceRow } from './profile-diff-text.ts';
import { byProfile, sideLabelKey } from './side-label.ts';

/** The side that parts ways first in time (or the only one that sent anything more). */
function earlierSide(segments: Pair<SentSegment | null>): 0 | 1 {
  const [a, b] = segments;
  return b === null || (a !== null && a.t <= b.t) ? 0 : 1;
}

export function ProfileDiff() {
  const t = useDiffT();
  const actions = useLabActions();
  const shown = useLab((s) => byProfile(s) && s.traces.length === 2);
  const left = useLab((s) => s.traces[0]);
  const right = useLab((s) => s.traces[1]);
  const leftName = t(useLab((s) => sideLabelKey(s, 0)));
  const rightName = t(useLab((s) => sideLabelKey(s, 1)));
  const headingId = useId();
  const smooth = !useReducedMotion();
  const differences = useMemo(
    () => (shown && left && right ? profileDifferences(left, right) : []),
    [shown, left, right],
  );
  if (!shown) return null;

  const showFirst = (segments: Pair<SentSegment | null>) => {
    const side = earlierSide(segments);
    const target = segments[side];
    if (!target) return;
    actions.seekTime(target.t);
    actions.select({ trace: side, id: target.id });
    // In the narrow layout this table is below the diagrams (app.css): bring them into view.
    if (window.matchMedia(NARROW).matches)
      document
        .querySelector('.timeline-scroll')
        ?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  };

  return (
    <section className="profile-diff" aria-labelledby={headingId} data-testid="profile-diff">
      {differences.length === 0 ? (
        <>
          <h2 id={headingId}>{t('diff.title')}</h2>
          <p>{t('diff.none')}</p>
        </>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">
                <h2 id={headingId}>{t('diff.title')}</h2>
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
                  <th scope="row">
                    {row.label}
                    {d.kind === 'first-segment' && (
                      <button
                        type="button"
                        aria-label={t('diff.showLabel')}
                        onClick={() => showFirst(d.segments)}
                      >
                        {t('diff.show')}
                      </button>
                    )}
                  </th>
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
