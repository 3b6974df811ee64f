// Frame times while playing: a requestAnimationFrame loop in the page records every frame's
// timestamp while the app plays; intervals between them are the frame times. Optional CPU
// throttling through the DevTools protocol. Main-thread busy share comes from Chromium's own
// accounting (Performance.getMetrics TaskDuration) over the same window.

import type { CDPSession, Page } from '@playwright/test';
import { FRAME_MS } from './budgets.ts';
import type { LabWindow } from './lab-page.ts';
import { median, percentile } from './stats.ts';

export interface FrameRun {
  frames: number;
  windowMs: number;
  p50: number;
  p95: number;
  p99: number;
  maxMs: number;
  /** Share of frame intervals longer than 16.7 ms. */
  shareOver16_7: number;
  /** Vsyncs missed (an interval of ~33 ms misses one) over the vsyncs in the window. */
  droppedShare: number;
  mainThreadBusyShare: number;
  /**
   * The main thread's CPU time over the window (Performance.getMetrics ThreadTime): unlike
   * the busy share (wall time inside tasks), not inflated when other processes take the CPU
   * away mid-task on a loaded machine. Context, not a budget.
   */
  mainThreadCpuShare: number;
  /** Times playback reached the end and was started again to fill the window. */
  restarts: number;
  /** Largest number of segment arrows in the DOM at once while playing. */
  maxArrowsInDom: number;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = metrics.find((x) => x.name === name);
  if (!m) throw new Error(`Chromium reported no ${name} metric`);
  return m.value;
}

export async function measureFrames(
  page: Page,
  cdp: CDPSession,
  o: {
    speed: number;
    cpuThrottle: number;
    windowMs: number;
    play?: boolean;
    /**
     * Not playing: instead, every frame moves this one element by transform (the cost of any
     * per-frame motion at all in this page, on this machine).
     */
    moveOnly?: string;
  },
): Promise<FrameRun> {
  await page.evaluate((speed) => {
    const { actions } = (window as LabWindow).handshakeLab!.store.getState();
    actions.pause();
    actions.jumpToStart();
    actions.setSpeed(speed);
  }, o.speed);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.cpuThrottle });
  await page.waitForTimeout(300);
  const busy0 = await metric(cdp, 'TaskDuration');
  const cpu0 = await metric(cdp, 'ThreadTime');
  const wall0 = await metric(cdp, 'Timestamp');
  const run = await page.evaluate(
    async ({ windowMs, play, moveOnly }) => {
      const { store } = (window as LabWindow).handshakeLab!;
      const moved = moveOnly ? document.querySelector<HTMLElement>(moveOnly) : null;
      if (moveOnly && !moved) throw new Error(`Nothing matches ${moveOnly}`);
      const stamps: number[] = [];
      let restarts = 0;
      let maxArrows = 0;
      await new Promise<void>((resolve) => {
        const tick = (now: number): void => {
          stamps.push(now);
          if (stamps.length % 15 === 0)
            maxArrows = Math.max(maxArrows, document.querySelectorAll('[data-segment-id]').length);
          if (now - stamps[0]! >= windowMs) return resolve();
          if (moved) moved.style.transform = `translate(0px, ${(now - stamps[0]!) / 10}px)`;
          if (play && !store.getState().playing) {
            if (stamps.length > 1) restarts++;
            store.getState().actions.play();
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      store.getState().actions.pause();
      return { stamps, restarts, maxArrows };
    },
    { windowMs: o.windowMs, play: (o.play ?? true) && !o.moveOnly, moveOnly: o.moveOnly ?? null },
  );
  const busy1 = await metric(cdp, 'TaskDuration');
  const cpu1 = await metric(cdp, 'ThreadTime');
  const wall1 = await metric(cdp, 'Timestamp');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  const intervals = run.stamps.slice(1).map((t, i) => t - run.stamps[i]!);
  const windowMs = run.stamps[run.stamps.length - 1]! - run.stamps[0]!;
  // rAF timestamps are vsync-aligned: an interval of k frames missed k - 1 vsyncs.
  const missed = intervals.reduce((a, dt) => a + Math.max(0, Math.round(dt / FRAME_MS) - 1), 0);
  return {
    frames: intervals.length,
    windowMs,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    p99: percentile(intervals, 99),
    maxMs: Math.max(...intervals),
    shareOver16_7: intervals.filter((dt) => dt > 16.7).length / intervals.length,
    droppedShare: missed / Math.round(windowMs / FRAME_MS),
    mainThreadBusyShare: (busy1 - busy0) / (wall1 - wall0),
    mainThreadCpuShare: (cpu1 - cpu0) / (wall1 - wall0),
    restarts: run.restarts,
    maxArrowsInDom: run.maxArrows,
  };
}

/**
 * One case measured over several windows, one after another, as one run: each share and
 * percentile is the median over the windows, so a window in which another process on the
 * machine took the CPU (a loaded 2-core CI machine) does not decide a budget by itself. The
 * frames, the time and the restarts add up; the longest frame and the most arrows in the DOM
 * are the worst of any window. (The median is nearest-rank: with an even number of windows it
 * would be the lower middle one; the bench takes an odd number.)
 */
export function medianOfWindows(runs: readonly FrameRun[]): FrameRun {
  if (runs.length === 0) throw new Error('No windows to combine');
  const mid = (pick: (r: FrameRun) => number): number => median(runs.map(pick));
  const sum = (pick: (r: FrameRun) => number): number => runs.reduce((a, r) => a + pick(r), 0);
  return {
    frames: sum((r) => r.frames),
    windowMs: sum((r) => r.windowMs),
    p50: mid((r) => r.p50),
    p95: mid((r) => r.p95),
    p99: mid((r) => r.p99),
    maxMs: Math.max(...runs.map((r) => r.maxMs)),
    shareOver16_7: mid((r) => r.shareOver16_7),
    droppedShare: mid((r) => r.droppedShare),
    mainThreadBusyShare: mid((r) => r.mainThreadBusyShare),
    mainThreadCpuShare: mid((r) => r.mainThreadCpuShare),
    restarts: sum((r) => r.restarts),
    maxArrowsInDom: Math.max(...runs.map((r) => r.maxArrowsInDom)),
  };
}
