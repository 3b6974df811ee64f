// The header's "Share" button. The dialog (and the QR code library) load on first use: nothing
// of them is in the first frame's JavaScript.
import { lazy, useRef, useState } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import { LazyPart } from '../../app/LazyPart.tsx';

const ShareDialog = lazy(() => import('./lazy-parts.ts').then((m) => ({ default: m.ShareDialog })));

export function ShareButton() {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('share.open')}
      </button>
      {open && (
        <LazyPart>
          <ShareDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </LazyPart>
      )}
    </>
  );
}
