import { describe, expect, it } from 'vitest';
import { isPrecached, precacheManifest, type BuiltFile } from './precache.ts';

const build: BuiltFile[] = [
  { path: 'index.html', content: '<!doctype html><script src="./assets/index-a1.js"></script>' },
  { path: 'assets/index-a1.js', content: 'console.log(1)' },
  { path: 'assets/index-a1.js.map', content: '{"version":3}' },
  { path: 'assets/sim.worker-b2.js', content: 'onmessage=()=>{}' },
  { path: 'assets/Lazy-c3.js', content: 'export default 1' },
  { path: 'assets/index-d4.css', content: 'body{}' },
  { path: 'icons/icon-192.png', content: new Uint8Array([137, 80, 78, 71]) },
  { path: 'manifest.webmanifest', content: '{}' },
  { path: '.DS_Store', content: 'x' },
  { path: 'sw.js', content: 'old worker' },
];

describe('precache list', () => {
  it('lists every file the app fetches, the page under its directory URL', () => {
    expect(precacheManifest(build).urls).toEqual([
      './assets/Lazy-c3.js',
      './assets/index-a1.js',
      './assets/index-d4.css',
      './assets/sim.worker-b2.js',
      './icons/icon-192.png',
      './',
      './manifest.webmanifest',
    ]);
  });

  it('leaves out source maps, dotfiles and the service worker itself', () => {
    expect(isPrecached('assets/index-a1.js.map')).toBe(false);
    expect(isPrecached('assets/X.CSS.MAP')).toBe(false);
    expect(isPrecached('.well-known/x')).toBe(true);
    expect(isPrecached('icons/.DS_Store')).toBe(false);
    expect(isPrecached('sw.js')).toBe(false);
    expect(isPrecached('assets/sw.js')).toBe(true);
  });

  it('has a version that changes with any byte of any listed file, and only then', () => {
    const base = precacheManifest(build).version;
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheManifest([...build].reverse()).version).toBe(base);
    const changed = (path: string, content: string | Uint8Array) =>
      precacheManifest(build.map((f) => (f.path === path ? { path, content } : f))).version;
    expect(changed('assets/Lazy-c3.js', 'export default 2')).not.toBe(base);
    expect(changed('icons/icon-192.png', new Uint8Array([137, 80, 78, 72]))).not.toBe(base);
    expect(changed('index.html', '<!doctype html>')).not.toBe(base);
    // Files that are not precached do not make a new version.
    expect(changed('assets/index-a1.js.map', '{"version":3,"x":1}')).toBe(base);
    expect(changed('sw.js', 'another worker')).toBe(base);
    // A renamed file is a new version even with the same bytes.
    const renamed = build.map((f) =>
      f.path === 'assets/Lazy-c3.js' ? { ...f, path: 'assets/Lazy-c4.js' } : f,
    );
    expect(precacheManifest(renamed).version).not.toBe(base);
  });

  it('refuses a build that emits one path twice', () => {
    expect(() => precacheManifest([...build, { path: 'index.html', content: '' }])).toThrow(
      'The build emits index.html twice.',
    );
  });
});
