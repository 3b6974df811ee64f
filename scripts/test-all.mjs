#!/usr/bin/env node
// `npm test`: every check, in order, on a fresh machine with only Node 20+.
// Installs node packages and (as root on Debian) Chromium when missing, then runs
// typecheck, lint, unit + property tests, the production build and the e2e tests against
// `vite preview` of that build. Each step streams its output; the last line is the total
// over every runner, `N passed, M failed`, because CI reads only that line. A failed step
// that is not a test runner (typecheck, lint, build) counts as one failure.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-browser.mjs';
import { ensureDebianPackage, findOnPath } from './lib/ensure-debian-package.mjs';
import { ensureNodeDeps } from './lib/ensure-node-deps.mjs';
import { countPlaywright, countVitest } from './lib/report-counts.mjs';
import { NPM, run } from './lib/run.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const reportDir = mkdtempSync(join(tmpdir(), 'handshake-lab-reports-'));
const started = Date.now();

/** @type {{ step: string, passed: number, failed: number, notes: string[], notRun?: boolean }[]} */
const results = [];

/** Print a banner so each step's streamed output is easy to find in a long log. */
function banner(step) {
  console.log(`\n━━━ ${step} ━━━ (${Math.round((Date.now() - started) / 1000)} s)`);
}

/** A step that is not a test runner: passing adds nothing to the counts, failing adds one. */
async function commandStep(step, command, args, env) {
  banner(step);
  const code = await run(command, args, { cwd: root, env });
  results.push({
    step,
    passed: 0,
    failed: code === 0 ? 0 : 1,
    notes: code === 0 ? [] : [`exit code ${code}`],
  });
  return code === 0;
}

/** A test runner that writes a JSON report; counts come from the report. */
async function runnerStep(step, command, args, reportFile, count, env) {
  banner(step);
  const code = await run(command, args, { cwd: root, env });
  let report = null;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    // No readable report: count() turns that into a failure with a note.
  }
  results.push({ step, ...count(report, code) });
}

function bin(name) {
  return join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

/** A TCP port nothing listens on right now, for the preview server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function finish() {
  rmSync(reportDir, { recursive: true, force: true });
  console.log(`\n━━━ summary ━━━ (${Math.round((Date.now() - started) / 1000)} s)`);
  for (const r of results) {
    const verdict = r.failed > 0 ? `FAILED (${r.failed} failing)` : r.notRun ? 'not run' : 'ok';
    const tests = r.passed > 0 ? `, ${r.passed} ${r.passed === 1 ? 'test' : 'tests'} passed` : '';
    console.log(
      `  ${r.step.padEnd(10)} ${verdict}${tests}${r.notes.length ? ` (${r.notes.join('; ')})` : ''}`,
    );
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

/** Without node packages or a browser nothing below can run: stop with what to do. */
function abort(step, message) {
  console.error(`\n${message}`);
  results.push({ step, passed: 0, failed: 1, notes: [message.split('\n')[0] ?? message] });
  finish();
}

banner('node packages');
if (!(await ensureNodeDeps(root)))
  abort('packages', 'Could not install the node packages; see the npm output above.');

banner('chromium');
const chromium = await ensureChromium();
if ('error' in chromium) abort('chromium', chromium.error);
console.log(`Using Chromium at ${chromium.path}`);

// Wireshark's own reader checks every exported pcap (src/export/pcap-tshark.test.ts).
banner('tshark');
const tshark = await ensureDebianPackage({
  program: 'tshark',
  debianPackage: 'tshark',
  purpose: "checking exported pcap files with Wireshark's reader",
  find: () => findOnPath('tshark'),
});
if ('error' in tshark) abort('tshark', tshark.error);
console.log(`Using tshark at ${tshark.path}`);

await commandStep('typecheck', NPM, ['run', 'typecheck']);
await commandStep('lint', NPM, ['run', 'lint']);

const vitestReport = join(reportDir, 'vitest.json');
await runnerStep(
  'unit',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  countVitest,
);

const built = await commandStep('build', NPM, ['run', 'build']);
if (built) {
  const playwrightReport = join(reportDir, 'playwright.json');
  await runnerStep(
    'e2e',
    bin('playwright'),
    // No specs yet is not a failure of the product; the count then simply adds nothing.
    // No traces: keeping a failure's trace means recording one for every test (a DOM
    // snapshot at each action). On a slow day on a 2-core machine the suite then ran past its
    // 11 minutes (125 of 155 tests done); the presenter and keyboard specs took 112 s with
    // traces, 87 s without. A failure still has its screenshot and Playwright's call log;
    // `npm run test:e2e -- <spec>` records its trace.
    ['test', '--reporter=list,json', '--pass-with-no-tests', '--trace=off'],
    playwrightReport,
    countPlaywright,
    {
      ...process.env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
      HANDSHAKE_CHROMIUM: chromium.path,
      // The build above is what gets tested; the web server only serves it.
      HANDSHAKE_PREBUILT: '1',
      HANDSHAKE_E2E_PORT: String(await freePort()),
    },
  );
} else {
  // The build failure is already counted; e2e cannot run without a build.
  results.push({ step: 'e2e', passed: 0, failed: 0, notes: ['the build failed'], notRun: true });
}

finish();
