// Emits dist/sw.js, the service worker that makes the lab work offline after one visit
// (src/features/offline/service-worker.ts), with the precache list of this very build in
// front of it: every file Vite emitted plus every file copied from public/ (precache.ts).
// Runs after Vite's own plugins, when index.html (with its prerendered first frame) and the
// worker chunk are already in the bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';
import { precacheManifest, SERVICE_WORKER_FILE, type BuiltFile } from './precache.ts';

const SOURCE = join(import.meta.dirname, '../../src/features/offline/service-worker.ts');

/** Every file under `dir`, with paths relative to it (forward slashes). */
export function filesUnder(dir: string): BuiltFile[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return []; // No public directory: nothing to add.
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(dir, full).split(sep).join('/'), content: readFileSync(full) };
    });
}

/** The service worker script: the precache list, then the worker's code without its types. */
export async function serviceWorkerScript(files: readonly BuiltFile[]): Promise<string> {
  const precache = precacheManifest(files);
  const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, { lang: 'ts' });
  return `const PRECACHE = ${JSON.stringify(precache)};\n${code}`;
}

export function offlinePlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'handshake-lab-offline',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const emitted: BuiltFile[] = Object.values(bundle).map((file) => ({
        path: file.fileName,
        content: file.type === 'asset' ? file.source : file.code,
      }));
      if (!emitted.some((f) => f.path === 'index.html'))
        throw new Error('offline plugin: index.html is not in the bundle yet.');
      const files = [...emitted, ...(publicDir ? filesUnder(publicDir) : [])];
      if (files.some((f) => f.path === SERVICE_WORKER_FILE))
        throw new Error(`offline plugin: something else already emits ${SERVICE_WORKER_FILE}.`);
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: await serviceWorkerScript(files),
      });
    },
  };
}
