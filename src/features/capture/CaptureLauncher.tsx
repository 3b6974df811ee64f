// The side panel's entry to capture import. Only this button is in the first frame; the
// panel (file input, drop zone, conversation list) is loaded when it is opened, and opens by
// itself while a capture is shown or a file dropped elsewhere is being read or was refused.
import { lazy, useState } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab } from '../../state/LabProvider.tsx';
import { LazyPart } from '../../app/LazyPart.tsx';

const CapturePanel = lazy(() => import('./CapturePanel.tsx'));

export function CaptureLauncher() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const active = useLab((s) => s.capture !== null || s.captureImport.status !== 'idle');
  if (open || active) {
    return (
      <LazyPart
        loading={
          <section className="panel">
            <p className="muted">{t('app.loadingPanel')}</p>
          </section>
        }
      >
        <CapturePanel onClose={() => setOpen(false)} />
      </LazyPart>
    );
  }
  return (
    <section className="panel capture-launcher">
      <button type="button" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('capture.open')}
      </button>
    </section>
  );
}

/** Above the timeline while a capture is shown: which file, and that the states are inferred. */
export function CaptureCaption() {
  const t = useT();
  const file = useLab((s) => s.capture?.fileName);
  if (file === undefined) return null;
  return (
    <p className="capture-caption" data-testid="capture-caption">
      {t('capture.caption', { file })}
    </p>
  );
}

/** In place of the faults and export panels while a capture is shown. */
export function SimulationOnlyNote() {
  const t = useT();
  return (
    <section className="panel">
      <p className="muted">{t('capture.simOnly')}</p>
    </section>
  );
}
