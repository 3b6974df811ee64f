// Loaded after the page has loaded (update-offer.ts): registers the service worker and turns a
// newly installed version into an offer the page shows. The lab never reloads by itself: a
// new version waits (service-worker.ts) until the user chooses "Reload to update"; only then
// is it told to take over, and the page reloads once, when it has.
import { setUpdateOffer, type UpdateOffer } from './update-offer.ts';

// The parts of the service worker API the update logic uses, so tests can drive it with fakes.
export interface WorkerLike {
  readonly state: ServiceWorkerState;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}
export interface RegistrationLike {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}
export interface ContainerLike {
  /** The worker controlling this page; null on the very first visit. */
  readonly controller: unknown;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * After consent, how often SKIP_WAITING is sent again while the new version still waits: a
 * message that reaches a worker the browser is just stopping can be lost, and the button
 * would then seem to do nothing.
 */
export const SKIP_WAITING_RESEND_MS = 2000;

export function watchForUpdates(
  registration: RegistrationLike,
  container: ContainerLike,
  page: {
    offer(offer: UpdateOffer | null): void;
    reload(): void;
    /** Runs `task` once after `ms` (setTimeout in the page; a fake clock in tests). */
    later(task: () => void, ms: number): void;
  },
): void {
  let offered: WorkerLike | null = null;
  let accepted: WorkerLike | null = null;
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    page.reload();
  };

  // Another tab's consent also hands this page to the new worker: that alone never reloads it.
  container.addEventListener('controllerchange', () => {
    if (accepted) reloadOnce();
  });

  /** Sends SKIP_WAITING until the accepted version leaves the waiting state. */
  const urge = (worker: WorkerLike) => {
    if (worker !== accepted || worker.state !== 'installed') return;
    worker.postMessage(SKIP_WAITING);
    page.later(() => urge(worker), SKIP_WAITING_RESEND_MS);
  };

  const offer = (worker: WorkerLike) => {
    offered = worker;
    page.offer({
      accept() {
        // Already in charge (the user agreed in another tab) or replaced by a newer version:
        // a reload is all that is left to do.
        if (worker.state !== 'installed') {
          reloadOnce();
          return;
        }
        if (accepted === worker) {
          worker.postMessage(SKIP_WAITING); // a second press: say it again, nothing more
          return;
        }
        accepted = worker;
        urge(worker);
      },
      later() {
        if (offered === worker) page.offer(null);
        offered = null;
      },
    });
    worker.addEventListener('statechange', () => {
      if (worker.state === 'redundant' && offered === worker) {
        offered = null;
        page.offer(null);
      }
      // The accepted version is in charge: reload even if the page's controllerchange
      // event has not come (it normally comes first).
      if (worker === accepted && worker.state === 'activated') reloadOnce();
    });
  };

  // An installed worker is an update only if another one already controls the page; on a
  // first visit the first worker simply starts working.
  const whenInstalled = (worker: WorkerLike) => {
    const consider = () => {
      if (worker.state === 'installed' && container.controller) offer(worker);
    };
    if (worker.state === 'installed') consider();
    else worker.addEventListener('statechange', consider);
  };

  if (registration.waiting) whenInstalled(registration.waiting);
  if (registration.installing) whenInstalled(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) whenInstalled(registration.installing);
  });
}

export async function registerServiceWorker(): Promise<void> {
  const container = navigator.serviceWorker;
  // Relative to the page: the lab works from any sub-path (/user/repo/, /~lecturer/lab/).
  const registration = await container.register('./sw.js');
  watchForUpdates(registration, container, {
    offer: setUpdateOffer,
    reload: () => window.location.reload(),
    later: (task, ms) => void window.setTimeout(task, ms),
  });
}
