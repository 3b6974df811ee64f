// The rewrite on its own, then inside a real Vite build of a small app that requires a
// CommonJS package the way the lab requires React: the wrapper the bundler emits must come out
// of the minifier as a parenthesized function expression, and the bundle must still work.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import {
  commonJsWrapperCount,
  eagerCommonJsPlugin,
  eagerCommonJsWrappers,
} from './eager-cjs-plugin.ts';

describe('eagerCommonJsWrappers', () => {
  it('turns each arrow wrapper into a function expression, whatever its parameters', () => {
    const code = [
      'var a = /* @__PURE__ */ __commonJSMin(((exports, module) => {\n\tmodule.exports = 1;\n}));',
      'var b = __commonJSMin(((exports) => {\n\texports.x = 2;\n}));',
      'var c = __commonJSMin$1((() => {}));',
    ].join('\n');
    const { code: out, rewritten } = eagerCommonJsWrappers(code);
    expect(rewritten).toBe(3);
    expect(out).toContain(
      '__commonJSMin((function(exports, module) {\n\tmodule.exports = 1;\n}));',
    );
    expect(out).toContain('__commonJSMin((function(exports) {\n\texports.x = 2;\n}));');
    expect(out).toContain('__commonJSMin$1((function() {}));');
    expect(commonJsWrapperCount(out)).toBe(3);
  });

  it('leaves other arrow functions alone', () => {
    const code = 'const f = ((x) => { return x; }); foo(((a, b) => {}));';
    expect(eagerCommonJsWrappers(code)).toEqual({ code, rewritten: 0 });
  });
});

const root = mkdtempSync(join(tmpdir(), 'eager-cjs-plugin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

describe('eagerCommonJsPlugin in a Vite build', () => {
  it('emits the CommonJS wrapper as a function expression that still runs', async () => {
    write(
      'node_modules/counter/package.json',
      JSON.stringify({ name: 'counter', version: '1.0.0', main: 'index.js' }),
    );
    write(
      'node_modules/counter/index.js',
      `'use strict';
       var count = 0;
       function next() { count += 1; return count; }
       exports.next = next;
       exports.started = next();`,
    );
    write(
      'main.js',
      `import { next, started } from 'counter';
       globalThis.counterResult = [started, next()];`,
    );
    write('index.html', '<!doctype html><script type="module" src="/main.js"></script>');
    const outDir = join(root, 'dist');
    const warnings: string[] = [];
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [eagerCommonJsPlugin()],
      build: {
        outDir,
        modulePreload: { polyfill: false },
        rolldownOptions: { onwarn: (w) => void warnings.push(w.message) },
      },
    });
    const assets = join(outDir, 'assets');
    const file = join(
      assets,
      readdirSync(assets).find((f) => f.endsWith('.js'))!,
    );
    const code = readFileSync(file, 'utf8');
    expect(code).toMatch(/\(\(function\([\w$,]*\)\{/);
    expect(code).not.toMatch(/\(\((\([\w$,]*\)|[\w$]+)=>\{/);
    expect(warnings.filter((w) => w.includes('CommonJS wrapper'))).toEqual([]);
    await import(pathToFileURL(file).href);
    expect((globalThis as { counterResult?: number[] }).counterResult).toEqual([1, 2]);
  });
});
