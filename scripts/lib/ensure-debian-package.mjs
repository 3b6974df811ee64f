// Make sure a system program is present, installing its Debian package with apt when we
// may (root on Debian) and otherwise saying exactly what to install. Used for Chromium
// (e2e tests) and later for tshark (pcap checks).

import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { run } from './run.mjs';

/** True on Debian and its derivatives (Ubuntu has /etc/debian_version too). */
export function isDebian() {
  return existsSync('/etc/debian_version');
}

/** True when this process may run apt-get itself. */
export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * @typedef {object} DebianNeed
 * @property {string} program  what is needed, for messages ("Chromium")
 * @property {string} debianPackage  the apt package providing it ("chromium")
 * @property {string} purpose  why, for messages ("end-to-end tests")
 * @property {() => string | null} find  the program's path, or null when absent
 * @property {string} [overrideHint]  how to point at an existing install instead
 */

/**
 * Find the program; if absent, apt-get install its package when root on Debian.
 * @param {DebianNeed} need
 * @returns {Promise<{ path: string } | { error: string }>}
 */
export async function ensureDebianPackage(need) {
  const found = need.find();
  if (found) return { path: found };
  if (isDebian() && isRoot()) {
    console.log(
      `${need.program} not found; installing the Debian package "${need.debianPackage}" with apt-get.`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const updated = await run('apt-get', ['update'], { env });
    const installed =
      updated === 0
        ? await run('apt-get', ['install', '-y', need.debianPackage], { env })
        : updated;
    const after = installed === 0 ? need.find() : null;
    if (after) return { path: after };
    return {
      error: `apt-get could not install "${need.debianPackage}" (exit ${installed}); ${need.program} is needed for ${need.purpose}.\n${howToInstall(need)}`,
    };
  }
  return {
    error: `${need.program} is needed for ${need.purpose} but was not found.\n${howToInstall(need)}`,
  };
}

/** @param {DebianNeed} need */
function howToInstall(need) {
  const lines = [
    `Install it, then run the command again:`,
    `  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${need.debianPackage}`,
    `  other systems:  install ${need.program} with the system's package manager`,
  ];
  if (need.overrideHint) lines.push(`  or ${need.overrideHint}`);
  return lines.join('\n');
}

/**
 * The full path of an executable `name` on PATH, or null.
 * @param {string} name
 * @returns {string | null}
 */
export function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return null;
}
