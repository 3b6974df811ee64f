// Seeking in a long trace: each seek is issued at the start of a frame (in a
// requestAnimationFrame callback) and timed until a task posted from that callback runs,
// i.e. after the store update, React's commit (zustand updates are synchronous-lane, flushed
// in a microtask) and that frame's style, layout and paint on the main thread. Under one
// frame means the seek lands in the very frame it was asked in.

import type { Page } from '@playwright/test';
import type { LabWindow } from './lab-page.ts';

export interface SeekRun {
  seeks: number;
  /** Each seek, call to end of its frame, ms. */
  frameMs: number[];
  /** Each seek, the store call alone (synchronous part), ms. */
  callMs: number[];
  /** Seeks after which the narration announcer (React state) had changed within the frame. */
  announcerChanged: number;
  /** Seeks whose target moment held a different event index than the previous one. */
  indexChanged: number;
}

export async function measureSeeks(page: Page, seeks: number, seed: number): Promise<SeekRun> {
  return page.evaluate(
    async ({ seeks, seed }) => {
      const { store } = (window as LabWindow).handshakeLab!;
      store.getState().actions.pause();
      // mulberry32: the same "random" moments on every run of the bench.
      let a = seed >>> 0;
      const random = (): number => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const announcer = (): string =>
        document.querySelector('[data-testid="announcer"]')?.textContent ?? '';
      const endTime = store.getState().model.endTime;
      const out = {
        seeks,
        frameMs: [] as number[],
        callMs: [] as number[],
        announcerChanged: 0,
        indexChanged: 0,
      };
      for (let i = 0; i < seeks; i++) {
        const target = random() * endTime;
        const before = { index: store.getState().index, text: announcer() };
        await new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            const t0 = performance.now();
            store.getState().actions.seekTime(target);
            out.callMs.push(performance.now() - t0);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              out.frameMs.push(performance.now() - t0);
              if (store.getState().index !== before.index) {
                out.indexChanged++;
                if (announcer() !== before.text) out.announcerChanged++;
              }
              resolve();
            };
            channel.port2.postMessage(0);
          }),
        );
        // Let the page settle between seeks, as a user's clicks would.
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    },
    { seeks, seed },
  );
}
