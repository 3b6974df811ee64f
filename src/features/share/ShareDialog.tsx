// The share dialog: the link (read-only, with Copy link), its QR code big enough to scan off a
// projector, and an <iframe> snippet for the embed mode. A modal <dialog>: the page behind is
// inert, Tab stays inside, Escape closes it, and focus goes back to the Share button.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT, useTranslations } from '../../app/i18n/i18n.tsx';
import { useShareT } from './share-i18n.ts';
import { shareUrlsFor } from '../../app/url-sync.ts';
import { useLabStore } from '../../state/LabProvider.tsx';
import { scenarioTitle } from './scenario-title.ts';
import { copyText } from './copy-text.ts';
import { embedSnippet } from './embed-snippet.ts';
import { qrCodeFor } from './qr-code.ts';

type Copied = { what: 'link' | 'embed'; ok: boolean } | null;

export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useShareT();
  const appT = useT();
  const presets = useTranslations()?.presets;
  const store = useLabStore();
  // The experiment as it is when Share is pressed: the dialog shows one link, not a moving one.
  const [{ link, embedUrl, title }] = useState(() => {
    const state = store.getState();
    const urls = shareUrlsFor(state);
    return { link: urls.link, embedUrl: urls.embed, title: scenarioTitle(state, appT, presets) };
  });
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const linkId = useId();
  const embedId = useId();
  const [copied, setCopied] = useState<Copied>(null);
  const qr = useMemo(() => qrCodeFor(link), [link]);
  const snippet = embedSnippet(embedUrl, t('share.embedTitle', { title }));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    linkField.current?.select();
  }, []);

  const copy = async (what: 'link' | 'embed') => {
    const ok = await copyText(
      what === 'link' ? link : snippet,
      what === 'link' ? linkField.current : embedField.current,
    );
    setCopied({ what, ok });
  };
  const feedback = (what: 'link' | 'embed') =>
    copied?.what === what ? t(copied.ok ? 'share.copied' : 'share.copyFailed') : '';

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={headingId}
      // Escape (the dialog's cancel) and the Close button both end here.
      onClose={onClose}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(e) => {
        if (e.target === e.currentTarget) dialog.current?.close();
      }}
      // Keys typed here are not the lab's shortcuts (arrows would step the run behind).
      onKeyDown={(e: KeyboardEvent) => e.stopPropagation()}
    >
      <div className="share-content">
        <header className="share-header">
          <h2 id={headingId}>{t('share.title')}</h2>
          <button type="button" className="share-close" onClick={() => dialog.current?.close()}>
            {t('share.close')}
          </button>
        </header>
        <div className="share-body">
          <div className="share-fields">
            <label htmlFor={linkId}>{t('share.link')}</label>
            <div className="share-row">
              <input
                id={linkId}
                ref={linkField}
                type="text"
                readOnly
                value={link}
                spellCheck={false}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button type="button" onClick={() => void copy('link')}>
                {t('share.copyLink')}
              </button>
            </div>
            <p className="share-feedback" role="status">
              {feedback('link')}
            </p>
            <label htmlFor={embedId}>{t('share.embed')}</label>
            <textarea
              id={embedId}
              ref={embedField}
              readOnly
              rows={4}
              value={snippet}
              spellCheck={false}
              onFocus={(e) => e.currentTarget.select()}
            />
            <div className="share-row">
              <button type="button" onClick={() => void copy('embed')}>
                {t('share.copyEmbed')}
              </button>
              <p className="share-feedback" role="status">
                {feedback('embed')}
              </p>
            </div>
          </div>
          <figure className="share-qr">
            {qr ? (
              <svg
                role="img"
                aria-label={t('share.qr')}
                viewBox={`0 0 ${qr.size} ${qr.size}`}
                shapeRendering="crispEdges"
              >
                <rect width={qr.size} height={qr.size} fill="#ffffff" />
                <path d={qr.path} fill="#000000" />
              </svg>
            ) : (
              <p className="share-qr-too-long">{t('share.qrTooLong', { length: link.length })}</p>
            )}
            {qr && <figcaption>{t('share.qrCaption')}</figcaption>}
          </figure>
        </div>
      </div>
    </dialog>
  );
}
