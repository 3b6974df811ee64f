// The offline state the page keeps in its first bundle: whether a new version
// is installed and waiting for the user's consent. Written by register-sw.ts (loaded after the
// page has loaded), read by <UpdateNoticeSlot>. Kept out of the lab's store: it is about the
// app, not the experiment, and never goes into a link.

export interface UpdateOffer {
  /** Switch to the new version now: it takes over, then the page reloads once. */
  accept(): void;
  /** Keep working with this version; the offer comes back on the next visit. */
  later(): void;
}

let current: UpdateOffer | null = null;
const listeners = new Set<() => void>();

export function setUpdateOffer(offer: UpdateOffer | null): void {
  current = offer;
  for (const listener of listeners) listener();
}

export function getUpdateOffer(): UpdateOffer | null {
  return current;
}

export function subscribeUpdateOffer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
