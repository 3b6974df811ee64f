// Publishing: dist/ is static files that work from any sub-path of any host, with no server
// code and no rewrites. Served here under /~lecturer/lab/ by a plain static server, a preset
// link opens, the worker simulates, lazy chunks, the prerendered first frame, the manifest
// and the icons all load from that sub-path, and nothing asks for a path outside it.
import { expect, test } from '@playwright/test';
import { watchConsole } from './console-guard.ts';
import { expectLostSynRunsFully } from './lost-syn-check.ts';
import { serveDist, type StaticServer } from './static-server.ts';

const PREFIX = '/~lecturer/lab/';
let server: StaticServer;

test.beforeAll(async () => {
  server = await serveDist(PREFIX);
});
test.afterAll(async () => {
  await server.close();
});

test('a preset link opens from a sub-path: worker, lazy chunks, manifest and icons load there', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
  });

  await page.goto(`${server.url}#v1.p=lost-syn`);
  await expectLostSynRunsFully(page);

  // The manifest and every icon it names, with the types a static host sends for them.
  const base = new URL(server.url);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(manifestHref!, base);
  const manifestResponse = await page.request.get(manifestUrl.href);
  expect(manifestResponse.headers()['content-type']).toBe('application/manifest+json');
  const manifest = (await manifestResponse.json()) as {
    start_url: string;
    scope: string;
    icons: { src: string; type: string; purpose: string }[];
  };
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(server.url);
  expect(manifest.icons.map((i) => i.purpose)).toContain('maskable');
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  for (const src of [...manifest.icons.map((i) => i.src), appleIcon!]) {
    const response = await page.request.get(new URL(src, manifestUrl).href);
    expect(response.status(), src).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/(png|svg\+xml)$/);
  }

  // The service worker registers from the sub-path with the sub-path as its scope.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(server.url);
  // Chromium's own verdict: the manifest parses cleanly, the app is installable (Playwright's
  // contexts are incognito, which is the one reason it may give), and the app's identity is
  // this sub-path, so two labs on one host (two GitHub Pages repositories) stay two apps.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await page.context().newCDPSession(page);
  expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  expect((await cdp.send('Page.getAppId')).appId).toBe(server.url);

  expect(failed).toEqual([]);
  expect(server.requests.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
  expect(problems).toEqual([]);
});

test('the prerendered first frame shows from a sub-path before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  // Drawn at build time and styled by the stylesheet, both fetched relative to the page.
  await expect(page.locator('[data-testid="client-state"]:visible')).toHaveText('CLOSED');
  const laneWidth = await page
    .locator('svg.diagram:visible')
    .first()
    .evaluate((svg) => svg.getBoundingClientRect().width);
  expect(laneWidth).toBeGreaterThan(300);
  await context.close();
});
