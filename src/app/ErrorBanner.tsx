import { useEffect, useRef } from 'react';
import { sayProblem } from '../features/scenario-problems/say-problem.ts';
import { useLab, useLabActions } from '../state/LabProvider.tsx';
import { selectHasBanner } from '../state/selectors.ts';
import { useT, useTranslations } from './i18n/i18n.tsx';
import { focusAfterRemoval } from './focus-after-removal.ts';

/** A failed run, an invalid scenario or a notice, said plainly; the previous run stays on screen. */
export function ErrorBanner() {
  const t = useT();
  const translations = useTranslations();
  const actions = useLabActions();
  const error = useLab((s) => s.error);
  const problems = useLab((s) => s.problems);
  const notice = useLab((s) => s.notice);
  const shown = useLab(selectHasBanner);
  const banner = useRef<HTMLDivElement>(null);
  // What went wrong is said where it can be seen: on a phone the page may be scrolled far
  // below the banner (a file chosen with the Import button at the bottom).
  // (A block, not an expression: this Chromium's scrollIntoView returns a promise, which React
  // would take for the effect's cleanup.)
  useEffect(() => {
    banner.current?.scrollIntoView({ block: 'nearest' });
  }, [error, notice, problems]);
  if (!shown) return null;
  return (
    <div className="error-banner" role="alert" ref={banner}>
      {/* Only a failure of the lab itself is "something went wrong"; a link, a file or a
        scenario the reader gave is said by its own message, which names what to change. */}
      {error && <strong>{t('error.title')}</strong>}
      {notice && <p>{typeof notice === 'string' ? notice : notice({ t, translations })}</p>}
      {error && <p>{t('error.engine', { message: error })}</p>}
      {problems.length > 0 && (
        <>
          <p>{t('error.invalid')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {t('error.problem', { path: p.path, message: sayProblem(p.phrase, translations) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        onClick={() => {
          actions.dismissError();
          focusAfterRemoval();
        }}
      >
        {t('error.dismiss')}
      </button>
    </div>
  );
}
