// Install the project's node packages when node_modules is missing or does not match
// package-lock.json, so `npm start` and `npm test` work on a fresh clone with only Node.
// The check is npm's own bookkeeping: every package the lock file lists must be installed
// at the locked version (optional packages for other platforms may be absent).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NPM, run } from './run.mjs';

/**
 * Why node_modules does not match, or null when it does.
 * @param {string} root project folder
 * @returns {string | null}
 */
export function nodeDepsProblem(root) {
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules is missing';
  const lockPath = join(root, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    for (const [path, entry] of Object.entries(lock.packages ?? {})) {
      if (!path.startsWith('node_modules/') || entry.link) continue;
      const installed = readVersion(join(root, path));
      if (installed === entry.version) continue;
      if (installed === null && (entry.optional || entry.devOptional)) continue;
      return `${path} is ${installed ?? 'missing'}, package-lock.json wants ${entry.version}`;
    }
    return null;
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
    if (readVersion(join(root, 'node_modules', name)) === null)
      return `node_modules/${name} is missing`;
  }
  return null;
}

/** @param {string} dir @returns {string | null} */
function readVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version ?? null;
  } catch {
    return null;
  }
}

/**
 * Install node packages if needed (`npm ci` with a lock file, else `npm install`).
 * @param {string} root
 * @returns {Promise<boolean>} true when node_modules is usable afterwards
 */
export async function ensureNodeDeps(root) {
  const problem = nodeDepsProblem(root);
  if (problem === null) return true;
  const hasLock = existsSync(join(root, 'package-lock.json'));
  const args = hasLock ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  console.log(`Installing node packages (${problem}): npm ${args.join(' ')}`);
  const code = await run(NPM, args, { cwd: root });
  if (code !== 0) {
    console.error(`npm ${args[0]} failed (exit ${code}).`);
    return false;
  }
  return true;
}
