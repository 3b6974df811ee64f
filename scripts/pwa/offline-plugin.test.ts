// The plugin inside a real Vite build of a small app with everything the lab has: a lazy
// chunk, a module worker, CSS, files in public/ and source maps. Whatever lands in the output
// directory is in the precache list, except the maps and sw.js.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { offlinePlugin } from './offline-plugin.ts';

const root = mkdtempSync(join(tmpdir(), 'offline-plugin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

write(
  'index.html',
  '<!doctype html><div id="root"></div><script type="module" src="/main.js"></script>',
);
write(
  'main.js',
  `import './style.css';
   import('./lazy.js').then((m) => m.show());
   new Worker(new URL('./sim.worker.js', import.meta.url), { type: 'module' });`,
);
write('lazy.js', 'export function show() { document.title = "lazy"; }');
write('sim.worker.js', 'self.onmessage = (e) => self.postMessage(e.data);');
write('style.css', 'body { color: red; }');
write('public/icons/icon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
write('public/manifest.webmanifest', '{"name":"x"}');

async function buildOnce(outDir: string) {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [offlinePlugin()],
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, sourcemap: true },
  });
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'));
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const precache = JSON.parse(/^const PRECACHE = (.*);$/m.exec(sw)![1]!) as {
    version: string;
    urls: string[];
  };
  return { files, sw, precache };
}

describe('offline plugin in a Vite build', () => {
  it('precaches every emitted file but maps and sw.js, and version follows content', async () => {
    const first = await buildOnce(join(root, 'dist-1'));
    expect(first.files.some((f) => f.endsWith('.map'))).toBe(true);
    const expected = first.files
      .filter((f) => !f.endsWith('.map') && f !== 'sw.js')
      .map((f) => (f === 'index.html' ? './' : `./${f}`))
      .sort();
    expect([...first.precache.urls].sort()).toEqual(expected);
    // The lazy chunk, the worker, the CSS and public/ are all there.
    for (const pattern of [
      /lazy-.*\.js$/,
      /sim\.worker-.*\.js$/,
      /\.css$/,
      /icon\.svg$/,
      /webmanifest$/,
    ])
      expect(
        first.precache.urls.some((u) => pattern.test(u)),
        String(pattern),
      ).toBe(true);
    // The worker script parses, and carries no types.
    expect(() => new Function(first.sw)).not.toThrow();
    expect(first.sw).not.toContain('declare const');

    const again = await buildOnce(join(root, 'dist-2'));
    expect(again.precache.version).toBe(first.precache.version);

    write('public/manifest.webmanifest', '{"name":"y"}');
    const changed = await buildOnce(join(root, 'dist-3'));
    expect(changed.precache.version).not.toBe(first.precache.version);
    expect(changed.precache.urls).toEqual(first.precache.urls);
  });
});
