#!/usr/bin/env node
// Renders the app icons (public/icons/*.png) from the one master drawing, public/icons/icon.svg,
// with the system Chromium, so the PNGs can be made again after the drawing changes:
//   node scripts/render-icons.mjs
// The PNGs are committed; the build only copies them. "any" icons keep the rounded corners
// (transparent outside); maskable and Apple icons are full-bleed squares, because the
// platform cuts its own shape out of them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.mjs';

const iconsDir = join(dirname(dirname(fileURLToPath(import.meta.url))), 'public', 'icons');
const master = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');

const ROUNDED = '<rect id="background" width="512" height="512" rx="112"';
if (!master.includes(ROUNDED)) throw new Error(`icon.svg no longer starts with ${ROUNDED}…`);
const fullBleed = master.replace(ROUNDED, '<rect id="background" width="512" height="512" rx="0"');

const OUTPUTS = [
  { file: 'icon-192.png', size: 192, svg: master },
  { file: 'icon-512.png', size: 512, svg: master },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

const found = findChromium();
if (!found || !('path' in found)) throw new Error(found?.error ?? 'No system Chromium found.');
const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of OUTPUTS) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: join(iconsDir, file), omitBackground: true });
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
