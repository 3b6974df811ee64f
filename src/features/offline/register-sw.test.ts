// The update flow with a fake registration: a new version is offered only when one already
// controls the page, and the page reloads only after the user agreed and the new version took
// over, once.
import { describe, expect, it } from 'vitest';
import type { UpdateOffer } from './update-offer.ts';
import {
  SKIP_WAITING,
  SKIP_WAITING_RESEND_MS,
  watchForUpdates,
  type WorkerLike,
} from './register-sw.ts';

class FakeWorker implements WorkerLike {
  messages: unknown[] = [];
  private listeners: (() => void)[] = [];
  constructor(public state: ServiceWorkerState) {}
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void) {
    this.listeners.push(listener);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

function setUp(options: { controlled: boolean; waiting?: FakeWorker }) {
  const updateFound: (() => void)[] = [];
  const controllerChange: (() => void)[] = [];
  const registration = {
    waiting: options.waiting ?? null,
    installing: null as FakeWorker | null,
    addEventListener: (_type: 'updatefound', l: () => void) => void updateFound.push(l),
  };
  const container = {
    controller: options.controlled ? {} : null,
    addEventListener: (_type: 'controllerchange', l: () => void) => void controllerChange.push(l),
  };
  const offers: (UpdateOffer | null)[] = [];
  let reloads = 0;
  // A fake clock: tasks scheduled with `later`, run by `advance`.
  let now = 0;
  let tasks: { at: number; task: () => void }[] = [];
  watchForUpdates(registration, container, {
    offer: (o) => offers.push(o),
    reload: () => reloads++,
    later: (task, ms) => void tasks.push({ at: now + ms, task }),
  });
  return {
    offers,
    reloads: () => reloads,
    advance(ms: number) {
      now += ms;
      const due = tasks.filter((t) => t.at <= now);
      tasks = tasks.filter((t) => t.at > now);
      for (const t of due) t.task();
    },
    /** The browser found a new version and starts installing it. */
    found(worker: FakeWorker) {
      registration.installing = worker;
      for (const l of updateFound) l();
    },
    controllerChanged() {
      container.controller = {};
      for (const l of controllerChange) l();
    },
    latest: () => offers[offers.length - 1],
  };
}

describe('update offer', () => {
  it('offers nothing on a first visit: the first version just starts working', () => {
    const lab = setUp({ controlled: false });
    const first = new FakeWorker('installing');
    lab.found(first);
    first.become('installed');
    first.become('activated');
    lab.controllerChanged(); // clients.claim() of the first version
    expect(lab.offers).toEqual([]);
    expect(lab.reloads()).toBe(0);
  });

  it('offers a version that finished installing while another controls the page', () => {
    const lab = setUp({ controlled: true });
    const next = new FakeWorker('installing');
    lab.found(next);
    expect(lab.offers).toEqual([]);
    next.become('installed');
    expect(lab.offers).toHaveLength(1);
    expect(next.messages).toEqual([]); // it waits
  });

  it('offers a version already waiting when the page opens', () => {
    const lab = setUp({ controlled: true, waiting: new FakeWorker('installed') });
    expect(lab.latest()).not.toBeNull();
  });

  it('never reloads without consent, even when another tab lets the new version take over', () => {
    const waiting = new FakeWorker('installed');
    const lab = setUp({ controlled: true, waiting });
    waiting.become('activated');
    lab.controllerChanged();
    expect(lab.reloads()).toBe(0);
    expect(lab.latest()).not.toBeNull();
    // Agreeing now only needs the reload: the new version is already in charge.
    lab.latest()!.accept();
    expect(lab.reloads()).toBe(1);
    expect(waiting.messages).toEqual([]);
  });

  it('on consent: SKIP_WAITING, then one reload when the new version controls the page', () => {
    const waiting = new FakeWorker('installed');
    const lab = setUp({ controlled: true, waiting });
    lab.latest()!.accept();
    lab.latest()!.accept(); // a double click
    expect(waiting.messages).toEqual([SKIP_WAITING, SKIP_WAITING]);
    expect(lab.reloads()).toBe(0);
    waiting.become('activated');
    lab.controllerChanged();
    lab.controllerChanged();
    expect(lab.reloads()).toBe(1);
  });

  it('SKIP_WAITING is said again while the new version still waits, and no more after', () => {
    const waiting = new FakeWorker('installed');
    const lab = setUp({ controlled: true, waiting });
    lab.latest()!.accept();
    expect(waiting.messages).toEqual([SKIP_WAITING]);
    lab.advance(SKIP_WAITING_RESEND_MS - 1);
    expect(waiting.messages).toHaveLength(1);
    lab.advance(1);
    expect(waiting.messages).toHaveLength(2); // the first may have been lost
    waiting.become('activating');
    lab.advance(10 * SKIP_WAITING_RESEND_MS);
    expect(waiting.messages).toHaveLength(2);
  });

  it('reloads once when the accepted version is activated, with or without controllerchange', () => {
    const waiting = new FakeWorker('installed');
    const lab = setUp({ controlled: true, waiting });
    lab.latest()!.accept();
    waiting.become('activating');
    expect(lab.reloads()).toBe(0);
    waiting.become('activated'); // no controllerchange came
    expect(lab.reloads()).toBe(1);
    lab.controllerChanged();
    expect(lab.reloads()).toBe(1);
  });

  it('a version activated without consent (another tab) does not reload by its state', () => {
    const waiting = new FakeWorker('installed');
    const lab = setUp({ controlled: true, waiting });
    waiting.become('activated');
    expect(lab.reloads()).toBe(0);
  });

  it('"Later" hides the offer and changes nothing else', () => {
    const waiting = new FakeWorker('installed');
    const lab = setUp({ controlled: true, waiting });
    lab.latest()!.later();
    expect(lab.latest()).toBeNull();
    expect(waiting.messages).toEqual([]);
    lab.controllerChanged();
    expect(lab.reloads()).toBe(0);
  });

  it('a newer version replaces the offer; the replaced one going away does not hide it', () => {
    const older = new FakeWorker('installed');
    const lab = setUp({ controlled: true, waiting: older });
    const olderOffer = lab.latest();
    const newer = new FakeWorker('installing');
    lab.found(newer);
    newer.become('installed');
    older.become('redundant');
    expect(lab.latest()).not.toBe(olderOffer);
    expect(lab.latest()).not.toBeNull();
    lab.latest()!.accept();
    expect(newer.messages).toEqual([SKIP_WAITING]);
    expect(older.messages).toEqual([]);
  });

  it('an offered version that goes away without a successor withdraws the offer', () => {
    const waiting = new FakeWorker('installed');
    const lab = setUp({ controlled: true, waiting });
    waiting.become('redundant');
    expect(lab.latest()).toBeNull();
  });
});
