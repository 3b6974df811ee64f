// End-to-end tests: the production build served by `vite preview`, driven in the system
// Chromium (browser downloads are blocked here; never `channel`, never `playwright install`).
// `npm test` builds first and sets HANDSHAKE_PREBUILT=1 so the server only serves;
// `npm run test:e2e` on its own builds as part of starting the server.

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.mjs';

// `npm test` passes a free port, so a preview someone left running on 4173 is never tested.
const PORT = Number(process.env.HANDSHAKE_E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CI = Boolean(process.env.CI);

function chromiumExecutable(): string {
  const found = findChromium();
  if (found && 'path' in found) return found.path;
  throw new Error(
    found?.error ??
      "No system Chromium found for the e2e tests. Run `npm test` (installs Debian's chromium as root on Debian) or set HANDSHAKE_CHROMIUM=/path/to/chromium.",
  );
}

const preview = `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`;

export default defineConfig({
  testDir: 'e2e',
  // The app is deterministic: a test that passes only on retry is a bug to see, not hide.
  retries: 0,
  forbidOnly: CI,
  fullyParallel: true,
  // Two, also locally: the suite is sized for a 2-core machine with two browsers.
  workers: 2,
  // Generous: CI machines have 2 cores, and some specs step through a whole run.
  timeout: 90_000,
  expect: { timeout: 5_000 },
  // Keeps a broken run inside the 15-minute budget of the whole test command (CI, 2 cores):
  // the steps before the e2e take about 2 minutes there (122 s on a slow day, a clean clone
  // with its `npm ci`); a passing e2e run takes 7-10.5 (621 s that day, too near 11).
  globalTimeout: 12 * 60_000,
  reporter: CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] },
    // `npm test` (and so CI) turns traces off (scripts/test-all.mjs says why); a spec run on
    // its own keeps the trace of a failure.
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1440, height: 900 } } },
    // Layout checks at other sizes run only for specs tagged @layout, to keep CI short.
    {
      name: 'phone',
      grep: /@layout/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
    { name: 'projector', grep: /@layout/, use: { viewport: { width: 1280, height: 720 } } },
  ],
  webServer: {
    command: process.env.HANDSHAKE_PREBUILT ? preview : `npm run build && ${preview}`,
    url: BASE_URL,
    // `npm test` must test the build it just made, never a server left running elsewhere.
    reuseExistingServer: !CI && !process.env.HANDSHAKE_PREBUILT,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
