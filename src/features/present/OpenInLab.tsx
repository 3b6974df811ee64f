// In an embedded lab: the way out to the full lab, at the same moment of the same experiment.
import { fullLabHref } from '../../app/url-sync.ts';
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab } from '../../state/LabProvider.tsx';

export function OpenInLab() {
  const t = useT();
  const href = useLab(fullLabHref);
  return (
    <a className="open-in-lab" href={href} target="_blank" rel="noopener">
      {t('present.openInLab')}
      <span className="visually-hidden"> {t('present.openInLabHint')}</span>
    </a>
  );
}
