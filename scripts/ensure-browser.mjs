#!/usr/bin/env node
// Find the system Chromium for the e2e tests, installing Debian's `chromium` when it is
// missing and we run as root on Debian. Run directly, it prints the path (exit 0) or
// what to install (exit 1): `node scripts/ensure-browser.mjs`.

import { pathToFileURL } from 'node:url';
import { CHROMIUM_ENV_VARS, findChromium } from './lib/chromium.mjs';
import { ensureDebianPackage } from './lib/ensure-debian-package.mjs';

/** @returns {Promise<{ path: string } | { error: string }>} */
export async function ensureChromium() {
  const first = findChromium();
  // A broken override is the user's explicit choice: report it, do not install around it.
  if (first && 'error' in first) return first;
  return ensureDebianPackage({
    program: 'Chromium',
    debianPackage: 'chromium',
    purpose:
      'the end-to-end tests (Playwright drives a system Chromium; browser downloads are blocked)',
    find: () => {
      const found = findChromium();
      return found && 'path' in found ? found.path : null;
    },
    overrideHint: `set ${CHROMIUM_ENV_VARS[0]}=/path/to/chromium to use a Chromium installed elsewhere.`,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await ensureChromium();
  if ('error' in result) {
    console.error(result.error);
    process.exit(1);
  }
  console.log(result.path);
}
