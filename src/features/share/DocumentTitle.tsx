// The browser tab names the experiment on screen, in the page's language: a lecturer's tabs
// (one preset each), bookmarks and history then say which is which. Set after the first frame;
// until then the page is called what index.html calls it ("Handshake Lab").
import { useEffect } from 'react';
import { useT, useTranslations } from '../../app/i18n/i18n.tsx';
import { useLab } from '../../state/LabProvider.tsx';
import { scenarioTitle } from './scenario-title.ts';
import { useShareT } from './share-i18n.ts';

export function DocumentTitle() {
  const t = useShareT();
  const appT = useT();
  const presets = useTranslations()?.presets;
  const scenario = useLab((s) => s.scenario);
  const scenarioId = useLab((s) => s.scenarioId);
  const captureFile = useLab((s) => s.capture?.fileName ?? null);
  const title = captureFile ?? scenarioTitle({ scenario, scenarioId }, appT, presets);
  useEffect(() => {
    document.title = t('share.pageTitle', { title });
  }, [t, title]);
  return null;
}
