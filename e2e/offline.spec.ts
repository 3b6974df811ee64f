// Offline after the first visit, and updates only with the user's consent. The build is served
// by a static server of this spec's own (under a sub-path, as published), so the spec can stop
// it (the network is gone, not only emulated away) and serve a changed sw.js (a new version).
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console-guard.ts';
import { expectLostSynRunsFully } from './lost-syn-check.ts';
import { serveDist, type StaticServer } from './static-server.ts';

const PREFIX = '/courses/networks/lab/';
let server: StaticServer;
// Each test opens the app three or four times (first visit, reloads, a new version), on a
// machine that may be busy: more time than a one-load spec.
test.slow();

test.beforeEach(async () => {
  server = await serveDist(PREFIX);
});
test.afterEach(async () => {
  await server.close();
});

/** First visit: wait until the service worker has cached everything and controls the page. */
async function firstVisit(page: Page) {
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('after one visit the lab opens, plays and loads presets with no network', async ({
  page,
  context,
}) => {
  const problems = watchConsole(page);
  await firstVisit(page);
  await context.setOffline(true);
  await server.close();

  await page.reload();
  const client = page.getByRole('region', { name: 'Client' }).first();
  await expect(client).toContainText('CLOSED');
  // The default scenario plays.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator('.clock')).not.toHaveText('0.0 s');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(client).toContainText('CLOSED');
  await expect(page.locator('.clock')).not.toHaveText('0.0 s');
  // A preset runs in the worker, whose script came from the cache; lazy chunks too.
  await page
    .getByLabel('Scenario')
    .selectOption({ label: 'Lost SYN: retransmission and back-off' });
  await expectLostSynRunsFully(page);
  // A link opened offline opens too (a new page load: the address names index.html, which
  // the service worker answers with the cached page).
  await page.goto(`${server.url}index.html#v1.p=closed-port`);
  await expect(page.getByLabel('Scenario')).toHaveValue('closed-port');
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  expect(problems).toEqual([]);
});

test('a new version waits for consent: a notice, no reload by itself, one reload when asked', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await firstVisit(page);
  const [firstCache] = await cacheNames(page);
  expect(firstCache).toMatch(/^handshake-lab-[0-9a-f]{16}$/);

  // Deploy a new version: the same files with a service worker of another version.
  const oldWorker = await (await page.request.get(`${server.url}sw.js`)).text();
  const version = /"version":"([0-9a-f]+)"/.exec(oldWorker)![1]!;
  server.override('sw.js', oldWorker.replace(`"version":"${version}"`, `"version":"${version}0"`));
  const newCache = `handshake-lab-${version}0`;

  let loads = 0;
  page.on('load', () => loads++);
  await page.reload(); // opening the lab again is when the browser looks for a new version
  expect(loads).toBe(1);
  const notice = page.getByText('A new version of Handshake Lab is ready.');
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Reload to update' })).toBeVisible();

  // Nothing happens by itself: the page stays, the old version stays in charge.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.waitForTimeout(2000);
  expect(loads).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
    true,
  );
  expect((await cacheNames(page)).sort()).toEqual([firstCache, newCache].sort());

  // "Later": the notice goes, nothing else changes; it comes back on the next visit.
  await page.getByRole('button', { name: 'Later' }).click();
  await expect(notice).toBeHidden();
  await page.waitForTimeout(500);
  expect(loads).toBe(1);
  await page.reload();
  expect(loads).toBe(2);
  await expect(notice).toBeVisible({ timeout: 20_000 });

  // "Reload to update": the new version takes over, the page reloads once, old caches go.
  await page.getByRole('button', { name: 'Reload to update' }).click();
  await expect.poll(() => loads, { timeout: 20_000 }).toBe(3);
  await expect(page.getByRole('region', { name: 'Client' }).first()).toBeVisible();
  await page.waitForTimeout(1500);
  expect(loads).toBe(3);
  await expect(notice).toBeHidden();
  await expect.poll(() => cacheNames(page)).toEqual([newCache]);
  expect(problems).toEqual([]);
});
