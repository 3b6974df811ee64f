// Turn each runner's JSON report into passed/failed counts, so the test command can end
// with one honest total. A runner that failed without a failing test (a file that does
// not load, a web server that does not start, a crash) still counts as one failure:
// the total must never read "0 failed" when something went wrong.

/**
 * @typedef {object} Count
 * @property {number} passed
 * @property {number} failed
 * @property {string[]} notes  things a human should know (skipped, flaky, load errors)
 */

/**
 * Vitest's `json` reporter output (Jest-compatible shape).
 * @param {any} report parsed JSON, or null when the runner wrote none
 * @param {number} exitCode
 * @returns {Count}
 */
export function countVitest(report, exitCode) {
  if (!report) return noReport('vitest', exitCode);
  const notes = [];
  let failed = report.numFailedTests ?? 0;
  // A test file that fails to load (syntax error, failing import) has no assertions.
  for (const file of report.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedInFile === 0) {
      failed += 1;
      notes.push(`${file.name} failed to run: ${firstLine(file.message)}`);
    }
  }
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (skipped > 0) notes.push(`${skipped} skipped or todo`);
  return withExitCode({ passed: report.numPassedTests ?? 0, failed, notes }, 'vitest', exitCode);
}

/**
 * Playwright's `json` reporter output.
 * @param {any} report parsed JSON, or null when the runner wrote none
 * @param {number} exitCode
 * @returns {Count}
 */
export function countPlaywright(report, exitCode) {
  if (!report?.stats) return noReport('playwright', exitCode);
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const errors = report.errors ?? [];
  const notes = errors.map(
    (/** @type {any} */ e) => `error outside tests: ${firstLine(e.message)}`,
  );
  if (flaky > 0) notes.push(`${flaky} flaky (passed only on retry)`);
  if (skipped > 0) notes.push(`${skipped} skipped`);
  return withExitCode(
    { passed: expected + flaky, failed: unexpected + errors.length, notes },
    'playwright',
    exitCode,
  );
}

/** @param {Count} count @param {string} runner @param {number} exitCode @returns {Count} */
function withExitCode(count, runner, exitCode) {
  if (exitCode !== 0 && count.failed === 0) {
    return {
      ...count,
      failed: 1,
      notes: [
        ...count.notes,
        `${runner} exited with code ${exitCode} without a failing test; see its output above`,
      ],
    };
  }
  return count;
}

/** @param {string} runner @param {number} exitCode @returns {Count} */
function noReport(runner, exitCode) {
  return {
    passed: 0,
    failed: 1,
    notes: [`${runner} exited with code ${exitCode} and wrote no report`],
  };
}

/** @param {unknown} text */
function firstLine(text) {
  return (
    String(text ?? '')
      .split('\n')
      .find((line) => line.trim() !== '') ?? '(no message)'
  );
}
