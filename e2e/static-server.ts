// A plain static file server for dist/, mounted under a sub-path the way GitHub Pages
// (/user/repo/) or a department server (/~lecturer/lab/) serves it: no rewrites, no special
// headers beyond the content type. The specs that need a real sub-path, a server they can stop
// (offline) or a file they can change (a new version) start their own.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const DIST = join(import.meta.dirname, '..', 'dist');

// What any static host sends for these files (GitHub Pages does).
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface StaticServer {
  /** The app's address: origin plus the sub-path, ending in a slash. */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Serve other bytes for a file from now on (path relative to dist/), or the real file again. */
  override(path: string, content: string | null): void;
  /** Stops listening and drops open connections: the network is gone. */
  close(): Promise<void>;
}

export async function serveDist(prefix: string): Promise<StaticServer> {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error('prefix: /…/');
  const requests: string[] = [];
  const overrides = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    // Like real servers: the directory without its slash redirects to the directory.
    if (path === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.slice(prefix.length);
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const full = normalize(join(DIST, file));
    if (!full.startsWith(DIST + sep)) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const send = (body: string | Buffer) =>
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
    const overridden = overrides.get(file);
    if (overridden !== undefined) send(overridden);
    else
      readFile(full).then(send, () => {
        res.writeHead(404).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    override(path, content) {
      if (content === null) overrides.delete(path);
      else overrides.set(path, content);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
