// Where the "new version" notice appears: an always-present polite live region between the
// header and the workspace, so screen readers announce the notice when it arrives. The notice
// itself is loaded only when there is a new version to offer.
import { lazy, useSyncExternalStore } from 'react';
import { getUpdateOffer, subscribeUpdateOffer } from './update-offer.ts';
import { LazyPart } from '../../app/LazyPart.tsx';

const UpdateNotice = lazy(() => import('./UpdateNotice.tsx'));

export function UpdateNoticeSlot() {
  const offer = useSyncExternalStore(subscribeUpdateOffer, getUpdateOffer, () => null);
  return (
    <div className="update-slot" aria-live="polite">
      {offer && (
        <LazyPart quiet>
          <UpdateNotice offer={offer} />
        </LazyPart>
      )}
    </div>
  );
}
