// A new version is installed: say so politely and let the user choose when. Nothing here
// blocks the lab or takes focus; "Later" hides the notice until the next visit.
import { useT } from '../../app/i18n/i18n.tsx';
import type { UpdateOffer } from './update-offer.ts';

// A calm bar under the header that covers nothing; its styles come with it (React 19 hoists
// and dedupes the <style>), so the first stylesheet does not carry them.
const CSS = `
.app > .update-slot {
  flex: none;
}
.update-notice {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 16px;
  padding: 8px 16px;
  background: #e8f0fb;
  color: var(--ink);
  border-bottom: 2px solid var(--accent);
}
.update-notice p {
  margin: 0;
  flex: 1 1 16em;
}
.update-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}
.update-notice button {
  min-height: 44px;
  padding: 4px 14px;
  border: 1px solid #aab1bf;
  border-radius: 6px;
  background: #fff;
}
.update-notice button:hover {
  background: #f3f5f9;
}
.update-notice .update-reload {
  border-color: var(--accent);
  background: var(--accent);
  color: #fff;
}
.update-notice .update-reload:hover {
  background: #184d9c;
}
`;

export default function UpdateNotice({ offer }: { offer: UpdateOffer }) {
  const t = useT();
  return (
    <div className="update-notice">
      <style href="handshake-lab-update-notice" precedence="default">
        {CSS}
      </style>
      <p>{t('update.ready')}</p>
      <div className="update-actions">
        <button type="button" className="update-reload" onClick={() => offer.accept()}>
          {t('update.reload')}
        </button>
        <button type="button" onClick={() => offer.later()}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
