// The presets' contents load on demand (src/app/builtin-catalogue.ts): tests that choose a
// preset while they are on the way, or when they cannot come at all, open the lab this way.
import { expect, type Browser } from '@playwright/test';
import { watchConsole } from './console-guard.ts';

const PRESETS_CHUNK = /\/assets\/builtin-scenarios-[\w-]+\.js$/;

/**
 * Opens the lab, in a browser of its own, with the presets' contents held back, as on a slow
 * network (or, with `fail`, failing to load, as offline). The route is the context's, so it
 * holds the chunk whether the page or the offline copy (the service worker) fetches it; the
 * context is new, so nothing has it cached. `release` lets the chunk load and resolves once it
 * has and everything that waited on it has run.
 */
export async function openWithPresetsHeld(browser: Browser, { fail = false } = {}) {
  const context = await browser.newContext();
  let letGo!: () => void;
  let held = new Promise<void>((resolve) => (letGo = resolve));
  let chunk = '';
  let failing = fail;
  await context.route(PRESETS_CHUNK, async (route) => {
    chunk = route.request().url();
    if (failing) return route.abort();
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('./');
  await expect(page.locator('.prerendered-frame')).toHaveCount(0);
  return {
    page,
    async release() {
      letGo();
      await expect.poll(() => chunk).not.toBe('');
      // The page's own import of the chunk has evaluated it once this one resolves; a task later,
      // every promise that waited on it (the picker's) has settled.
      await page.evaluate(async (url) => {
        await import(url);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }, chunk);
    },
    /** From now on the chunk loads (after `fail`), held until `release` as at the start. */
    recover() {
      failing = false;
      held = new Promise<void>((resolve) => (letGo = resolve));
    },
    async close(allowed: RegExp | null = null) {
      await context.close();
      expect(
        problems.filter((p) => !allowed?.test(p)),
        'console errors and warnings',
      ).toEqual([]);
    },
  };
}
