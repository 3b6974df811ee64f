// The service worker's precache list, made from the files a build emits: every file the app
// can ask for (HTML, JS chunks including lazy ones and the simulation worker, CSS, icons,
// manifest), never source maps or the service worker itself. The version is a hash of every
// listed file's path and bytes, so any change to any file is a new version (a new cache), and
// an unchanged build keeps its version (no needless update notice).
import { createHash } from 'node:crypto';

export interface BuiltFile {
  /** Path inside the output directory, with forward slashes (`assets/index-abc.js`). */
  path: string;
  content: string | Uint8Array;
}

export interface Precache {
  version: string;
  /** URLs relative to the service worker's own URL (the output directory's root). */
  urls: string[];
}

/** The service worker's own file name, next to index.html. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Files that a browser never fetches from the app: maps, the worker itself, dotfiles. */
export function isPrecached(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return path !== SERVICE_WORKER_FILE && !name.startsWith('.') && !/\.map$/i.test(name);
}

/**
 * The page is cached under its directory URL (`./`), the address people open and share; a
 * navigation to any address in scope falls back to it when offline.
 */
export function precacheUrl(path: string): string {
  return path === 'index.html' ? './' : `./${path}`;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function precacheManifest(files: readonly BuiltFile[]): Precache {
  const listed = files
    .filter((f) => isPrecached(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  for (const f of listed) {
    if (seen.has(f.path)) throw new Error(`The build emits ${f.path} twice.`);
    seen.add(f.path);
  }
  const fingerprint = listed.map((f) => `${f.path}\0${sha256(f.content)}\n`).join('');
  return {
    version: sha256(fingerprint).slice(0, 16),
    urls: listed.map((f) => precacheUrl(f.path)),
  };
}
