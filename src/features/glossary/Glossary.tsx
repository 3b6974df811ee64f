// The words of the lab in plain language, folded under one line of the side panel until
// asked for: what a novice needs to read the narration and the diagram ("RTO", "MSL",
// "challenge ACK"). The line is in the first frame (the panels below it do not move later);
// the terms are fetched when it is first opened, not while the page starts.
import { lazy, useId, useState } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import { LazyPart } from '../../app/LazyPart.tsx';

const GlossaryTerms = lazy(() => import('./GlossaryTerms.tsx'));

export function Glossary() {
  const t = useT();
  const headingId = useId();
  const [opened, setOpened] = useState(false);
  return (
    // The summary is the section's name, not a heading inside it: some screen readers drop a
    // heading's role inside <summary>.
    <section className="panel glossary" aria-labelledby={headingId}>
      <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary id={headingId}>{t('glossary.title')}</summary>
        {opened && (
          <LazyPart>
            <GlossaryTerms />
          </LazyPart>
        )}
      </details>
    </section>
  );
}
