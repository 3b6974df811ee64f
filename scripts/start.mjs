#!/usr/bin/env node
// `npm start`: install node packages if needed, then run the Vite dev server.
// Host defaults to 127.0.0.1 (HOST and PORT override: HOST=0.0.0.0 to reach it from
// another machine, e.g. a lecture-hall laptop on the same network).

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeDeps } from './lib/ensure-node-deps.mjs';
import { run } from './lib/run.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '5173';

if (!(await ensureNodeDeps(root))) {
  console.error('Could not install the node packages; see the npm output above.');
  process.exit(1);
}

console.log(`Starting Handshake Lab at http://${host}:${port}/ (Ctrl+C stops it)`);
const vite = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
// --strictPort: the URL printed above is the one that works, or the start fails loudly.
process.exit(
  await run(vite, ['--host', host, '--port', port, '--strictPort', ...process.argv.slice(2)], {
    cwd: root,
  }),
);
