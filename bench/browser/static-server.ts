// A tiny static server for the production build, so the benchmark measures real transfer:
// every text response is gzip-compressed (zlib's default level 6, the usual on-the-fly server
// setting; level 9 saves well under 1%) and the server counts the bytes it actually writes for each request,
// status line and headers included. `vite preview` does not compress, so it would report
// raw sizes, not what a user downloads.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest']);

export type ResourceKind = 'document' | 'js' | 'css' | 'font' | 'image' | 'other';

export interface ServedRequest {
  path: string;
  kind: ResourceKind;
  status: number;
  /** Body bytes as sent (gzip-encoded when `gzip`). */
  bodyBytes: number;
  /** Status line + headers + body: what went over the wire for this response. */
  wireBytes: number;
  /** Uncompressed file size. */
  rawBytes: number;
  gzip: boolean;
  /** When the response was fully handed to the socket: epoch ms, comparable with a page's
   * performance.timeOrigin + performance.now() (same machine, same clock). */
  finishedAtEpochMs: number;
}

export interface StaticServer {
  origin: string;
  /** Requests served since the last reset, in arrival order. */
  log: ServedRequest[];
  reset(): void;
  /** What a file under the root costs gzip-encoded, whether or not a page asked for it. */
  gzipBytesOf(path: string): Promise<number>;
  close(): Promise<void>;
}

function kindOf(ext: string): ResourceKind {
  if (ext === '.html') return 'document';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf') return 'font';
  if (ext === '.svg' || ext === '.png' || ext === '.ico') return 'image';
  return 'other';
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const log: ServedRequest[] = [];
  // The build does not change while the bench runs: compress each file once.
  const cache = new Map<string, { raw: Buffer; gz: Buffer } | null>();
  const load = async (path: string) => {
    if (!cache.has(path)) {
      const raw = await readFile(path).catch(() => null);
      cache.set(path, raw && { raw, gz: gzipSync(raw) });
    }
    return cache.get(path)!;
  };
  const fileFor = (urlPath: string): string | null => {
    const clean = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^([/\\])+/, '');
    const file = join(
      root,
      clean === '' || clean.endsWith(sep) ? join(clean, 'index.html') : clean,
    );
    return file.startsWith(root) ? file : null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const urlPath = req.url ?? '/';
    const file = fileFor(urlPath);
    const content = file ? await load(file) : null;
    const ext = file ? extname(file) : '';
    if (!content) {
      const body = Buffer.from('not found');
      res.writeHead(404, { 'content-type': 'text/plain', 'content-length': body.length });
      res.end(body);
      log.push({
        path: urlPath,
        kind: kindOf(ext),
        status: 404,
        bodyBytes: body.length,
        wireBytes: headerBytes(res) + body.length,
        rawBytes: body.length,
        gzip: false,
        finishedAtEpochMs: nowEpochMs(),
      });
      return;
    }
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const gzip = accepts && COMPRESSIBLE.has(ext);
    const body = gzip ? content.gz : content.raw;
    const headers: Record<string, string | number> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      // A cold load every time: each measurement also uses a fresh browser context.
      'cache-control': 'no-store',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(body);
    log.push({
      path: urlPath,
      kind: kindOf(ext),
      status: 200,
      bodyBytes: body.length,
      wireBytes: headerBytes(res) + body.length,
      rawBytes: content.raw.length,
      gzip,
      finishedAtEpochMs: nowEpochMs(),
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    reset: () => void log.splice(0),
    async gzipBytesOf(path) {
      const content = await load(join(root, path));
      if (!content) throw new Error(`${path} is not in the build`);
      return content.gz.length;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const nowEpochMs = (): number => performance.timeOrigin + performance.now();

/** Status line and headers as Node wrote them (`_header` is the exact string sent). */
function headerBytes(res: ServerResponse): number {
  const header = (res as unknown as { _header?: string })._header;
  return header ? Buffer.byteLength(header) : 0;
}
