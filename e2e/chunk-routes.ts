// Parts of the lab load on demand (the presets' contents, src/app/builtin-catalogue.ts; the
// lazy parts, src/app/LazyPart.tsx): tests that need one of those chunks held back, or lost,
// open the lab this way, in a browser context of its own. The routes are the context's, so
// they apply whether the page or the offline copy (the service worker) fetches the chunk; the
// context is new, so nothing has it cached.
import { expect, type Browser, type BrowserContext } from '@playwright/test';
import { openApp, watchConsole } from './console-guard.ts';

const PRESETS_CHUNK = /\/assets\/builtin-scenarios-[\w-]+\.js$/;

/**
 * The lab opened in a new context once `route` has set its routes. `close` ends the context and
 * checks the console had nothing to say, but what `allowed` matches.
 */
async function openInOwnContext(
  browser: Browser,
  route: (context: BrowserContext) => Promise<unknown>,
) {
  const context = await browser.newContext();
  await route(context);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page);
  return {
    page,
    async close(allowed: RegExp | null = null) {
      await context.close();
      expect(
        problems.filter((p) => !allowed?.test(p)),
        'console errors and warnings',
      ).toEqual([]);
    },
  };
}

/**
 * The lab with one chunk's code dropped by the network (offline before the offline copy).
 * `close()` allows only the failed fetch itself and React's report of the part that could not
 * load.
 */
export async function openWithChunkAborted(browser: Browser, chunk: RegExp) {
  const lab = await openInOwnContext(browser, (context) =>
    context.route(chunk, (route) => route.abort()),
  );
  return {
    page: lab.page,
    close: () => lab.close(/Failed to load resource|Failed to fetch dynamically imported/),
  };
}

/**
 * The lab with the presets' contents held back, as on a slow network (or, with `fail`, failing
 * to load, as offline). `release` lets the chunk load and resolves once it has and everything
 * that waited on it has run.
 */
export async function openWithPresetsHeld(browser: Browser, { fail = false } = {}) {
  let letGo!: () => void;
  let held = new Promise<void>((resolve) => (letGo = resolve));
  let chunk = '';
  let failing = fail;
  const lab = await openInOwnContext(browser, (context) =>
    context.route(PRESETS_CHUNK, async (route) => {
      chunk = route.request().url();
      if (failing) return route.abort();
      await held;
      await route.continue();
    }),
  );
  const { page } = lab;
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
    close: lab.close,
  };
}
