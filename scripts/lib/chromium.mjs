// Where the system Chromium is. Browser downloads are blocked on these machines, so the
// e2e tests drive a system Chromium; both scripts/test-all.mjs and playwright.config.ts
// ask this module, so they always agree on which executable that is.

import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Environment variables that name the executable, most specific first. */
export const CHROMIUM_ENV_VARS = ['HANDSHAKE_CHROMIUM', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE'];

const WELL_KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** @param {string} path */
function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium to use. An environment override wins and is never second-guessed:
 * when it names nothing executable the result says so, rather than silently using
 * another browser.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ path: string, source: string } | { error: string } | null} null: none found
 */
export function findChromium(env = process.env) {
  for (const name of CHROMIUM_ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (isExecutableFile(value)) return { path: value, source: name };
    return {
      error: `${name}=${value} does not name an executable file. Point it at a Chromium binary or unset it.`,
    };
  }
  for (const path of WELL_KNOWN_PATHS)
    if (isExecutableFile(path)) return { path, source: 'well-known path' };
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of PATH_NAMES) {
      const path = join(dir, name);
      if (isExecutableFile(path)) return { path, source: 'PATH' };
    }
  }
  return null;
}

/**
 * Launch flags for a machine whose network is closed: without them Chromium keeps
 * trying to reach Google services (updates, sync, QUIC probes) and floods the logs with
 * refused connections. --no-sandbox because CI containers run as root.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
