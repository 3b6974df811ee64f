// Driving the app through its automation hook, `window.handshakeLab` (src/app/main.tsx):
// load a scenario, wait for the worker's run to land in the store.

import type { Browser, Page } from '@playwright/test';
import type { Scenario } from '../../src/core/index.ts';
import type { WarmUpStatus } from '../../src/protocol/messages.ts';
import type { LabStore } from '../../src/state/store.ts';
import { VIEWPORT } from './load.ts';

export interface LabHook {
  store: LabStore;
  loadScenario: (scenario: Scenario, options?: { compare?: boolean }) => void;
  workerWarmUp: () => WarmUpStatus;
}
export type LabWindow = Window & { handshakeLab?: LabHook };

export async function openLab(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as LabWindow).handshakeLab !== undefined, null, {
    timeout: 20_000,
  });
  return page;
}

export interface RunResult {
  /** The engine's own time, reported by the worker (store.runtimeMs). */
  runtimeMs: number | null;
  /** loadScenario() until the store holds the new trace: worker round trip + derived model. */
  roundTripMs: number;
  status: string;
  error: string | null;
  events: number;
  segments: number;
}

/** Loads a scenario and resolves once the run it starts has finished (or failed). */
export async function loadAndWait(page: Page, scenario: Scenario): Promise<RunResult> {
  const result = await page.evaluate(async (s) => {
    const lab = (window as LabWindow).handshakeLab!;
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      let sawRunning = false;
      const stop = lab.store.subscribe((st) => {
        if (st.status === 'running') sawRunning = true;
        else if (sawRunning || st.status === 'error') {
          stop();
          resolve();
        }
      });
      lab.loadScenario(s);
    });
    const roundTripMs = performance.now() - t0;
    const st = lab.store.getState();
    const events = st.traces[0]?.events ?? [];
    return {
      runtimeMs: st.runtimeMs,
      roundTripMs,
      status: st.status,
      error: st.error ?? (st.problems.length > 0 ? JSON.stringify(st.problems) : null),
      events: events.length,
      segments: events.filter((e) => e.type === 'send').length,
    };
  }, scenario);
  if (result.status !== 'ready')
    throw new Error(`the app did not run the scenario: ${result.error}`);
  return result;
}

/**
 * Waits, like a user who has opened the page and not yet touched it, until the page has gone
 * idle and started the simulation worker, and the worker says its warm-up is over (or until
 * `timeoutMs`). Returns the warm-up as the page then knows it (state 'none': it never ended).
 */
export async function waitForWarmWorker(page: Page, timeoutMs: number): Promise<WarmUpStatus> {
  const done = () => (window as LabWindow).handshakeLab!.workerWarmUp().state === 'done';
  await page.waitForFunction(done, null, { timeout: timeoutMs, polling: 50 }).catch(() => {});
  return page.evaluate(() => (window as LabWindow).handshakeLab!.workerWarmUp());
}

/**
 * Waits until the page has had three idle periods in a row of a whole 50 ms each (nothing
 * queued, no frame due), as a page has once it has done the work it schedules for idle time
 * after a run arrives (that work runs between them and cuts one short); gives up after
 * `timeoutMs`. Returns how long it waited, ms.
 */
export async function waitForIdlePage(page: Page, timeoutMs: number): Promise<number> {
  return page.evaluate(async (timeoutMs) => {
    const t0 = performance.now();
    let quiet = 0;
    while (quiet < 3 && performance.now() - t0 < timeoutMs) {
      const remaining = await new Promise<number>((resolve) =>
        requestIdleCallback((d) => resolve(d.timeRemaining()), { timeout: 1000 }),
      );
      quiet = remaining >= 49 ? quiet + 1 : 0;
    }
    return performance.now() - t0;
  }, timeoutMs);
}
