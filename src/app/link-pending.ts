// A page opened from a link to another experiment must not show the prerendered default
// scenario first. A tiny script in <head> (vite.config.ts) marks <html> before anything is
// painted when the fragment names anything but the default scenario at its start; CSS then
// hides the workspace behind a neutral "loading" note, and the mark is removed in the same
// task as the linked run lands in the store (so the next paint is the linked experiment).
import type { LabStore } from '../state/store.ts';

export const LINK_PENDING_ATTR = 'data-link-pending';

/**
 * Whether a fragment shows exactly what the prerendered frame shows: none, or the default
 * preset at its start (speed and language do not change the frame). Runs in the page as
 * plain JavaScript too (see linkPendingScript), so it uses nothing but the language.
 */
export function showsDefaultFrame(hash: string, defaultId: string): boolean {
  if (hash.length <= 1) return true;
  const m = /^#v1\.(.*)$/.exec(hash);
  if (!m) return false;
  const parts = m[1]!.split('&');
  return (
    parts[0] === 'p=' + defaultId &&
    parts.slice(1).every((p) => p.startsWith('v=') || p.startsWith('l='))
  );
}

/** The inline <head> script that sets the mark (built from showsDefaultFrame itself). */
export function linkPendingScript(defaultId: string): string {
  return `(function(){var shows=${showsDefaultFrame.toString()};if(!shows(location.hash,${JSON.stringify(defaultId)}))document.documentElement.setAttribute(${JSON.stringify(LINK_PENDING_ATTR)},'')})()`;
}

/** Removes the mark once the run the link started has landed (or failed), or now if none. */
export function releaseLinkPending(store: LabStore): void {
  const root = document.documentElement;
  if (!root.hasAttribute(LINK_PENDING_ATTR)) return;
  const release = () => root.removeAttribute(LINK_PENDING_ATTR);
  if (store.getState().status !== 'running') return release();
  const stop = store.subscribe(
    (s) => s.status,
    (status) => {
      if (status === 'running') return;
      stop();
      release();
    },
  );
}
