// Cold loads of the production build: what was transferred before the first scenario was
// drawn, how long that took from navigation start, the longest main-thread task during load,
// and the JS heap once loaded. Each load gets a fresh browser context (empty cache).

import type { Browser, CDPSession, Page } from '@playwright/test';
import { LOAD_PROBE_SCRIPT, type LoadProbe } from './load-probe.ts';
import type { ServedRequest, StaticServer } from './static-server.ts';
import { summarizeMainThread, type MainThreadSummary } from './trace-summary.ts';

export const VIEWPORT = { width: 1440, height: 900 };
/** Tasks in this long after the first draw still count as "load" (effects, a worker warm-up). */
const SETTLE_MS = 1_000;

export interface LoadRun {
  /** FCP if the diagram was in the DOM by then, else the end of the first frame after: see load-probe.ts. */
  drawnMs: number;
  fcpMs: number | null;
  diagramInDomMs: number;
  drawnFrameMs: number;
  diagramBox: LoadProbe['box'];
  /** Requests fully sent by the server before the page reached `drawnMs`. */
  beforeDrawn: ServedRequest[];
  /** Requests later in the settle window (none should be needed to see the first scenario). */
  afterDrawn: ServedRequest[];
  longTasks: LoadProbe['longTasks'];
  heapUsedBytes: number;
  heapUsedAfterGcBytes: number;
}

async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(LOAD_PROBE_SCRIPT);
  return page;
}

/** Evaluates `expression` in the page through CDP and returns its JSON value. */
async function evaluateRaw<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`In the page: ${exceptionDetails.text}`);
  return result.value as T;
}

// Waiting and reading go through plain CDP Runtime.evaluate, not page.waitForFunction or
// page.evaluate: those install Playwright's own scripts in the page's main world (its
// injected script, compiled inside the measured second: a 40 ms task of CPU time and about
// 0.8 MB of the heap that the budget is about).
async function waitDrawn(page: Page, origin: string): Promise<LoadProbe & { timeOrigin: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(`${origin}/`);
    const deadline = Date.now() + 20_000;
    while (!(await evaluateRaw<boolean>(cdp, 'window.__loadProbe.drawnFrameMs !== null'))) {
      if (Date.now() > deadline) throw new Error('The first scenario was not drawn within 20 s.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.waitForTimeout(SETTLE_MS);
    return await evaluateRaw(
      cdp,
      '({ ...window.__loadProbe, timeOrigin: performance.timeOrigin })',
    );
  } finally {
    await cdp.detach();
  }
}

export async function measureLoad(browser: Browser, server: StaticServer): Promise<LoadRun> {
  const page = await openPage(browser);
  try {
    server.reset();
    const probe = await waitDrawn(page, server.origin);
    const fcp = probe.fcpMs ?? Number.POSITIVE_INFINITY;
    const drawnMs =
      probe.diagramInDomMs! <= fcp ? fcp : Math.max(probe.fcpMs ?? 0, probe.drawnFrameMs!);
    if (!Number.isFinite(drawnMs)) throw new Error('Chromium reported no First Contentful Paint');
    const drawnEpoch = probe.timeOrigin + drawnMs;
    const log = [...server.log];
    const cdp = await page.context().newCDPSession(page);
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await cdp.send('Runtime.getHeapUsage');
    return {
      drawnMs,
      fcpMs: probe.fcpMs,
      diagramInDomMs: probe.diagramInDomMs!,
      drawnFrameMs: probe.drawnFrameMs!,
      diagramBox: probe.box,
      beforeDrawn: log.filter((r) => r.finishedAtEpochMs <= drawnEpoch),
      afterDrawn: log.filter((r) => r.finishedAtEpochMs > drawnEpoch),
      longTasks: probe.longTasks.filter((t) => t.startMs <= drawnMs + SETTLE_MS),
      heapUsedBytes: heap.usedSize,
      heapUsedAfterGcBytes: heapAfterGc.usedSize,
    };
  } finally {
    await page.context().close();
  }
}

/** One more load under Chromium's tracer (which slows it, so it is not timed): every task. */
export async function traceLoad(
  browser: Browser,
  server: StaticServer,
): Promise<MainThreadSummary> {
  const page = await openPage(browser);
  try {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
    });
    await waitDrawn(page, server.origin);
    const trace = await browser.stopTracing();
    return summarizeMainThread(trace.toString('utf8'));
  } finally {
    await page.context().close();
  }
}
