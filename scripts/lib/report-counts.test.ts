// The test command's total is only as honest as these counts: a runner that fails
// without a failing test must still show up as a failure.

import { describe, expect, it } from 'vitest';
import { countPlaywright, countVitest } from './report-counts.mjs';

describe('countVitest', () => {
  it('counts passed and failed tests from the report', () => {
    const report = {
      numPassedTests: 7,
      numFailedTests: 2,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [
        {
          name: 'a.test.ts',
          status: 'failed',
          message: '',
          assertionResults: [{ status: 'failed' }, { status: 'failed' }],
        },
      ],
    };
    expect(countVitest(report, 1)).toEqual({ passed: 7, failed: 2, notes: ['1 skipped or todo'] });
  });

  it('counts a test file that fails to load as one failure', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [
        { name: 'ok.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
        {
          name: 'broken.test.ts',
          status: 'failed',
          message: '\nSyntaxError: Unexpected token',
          assertionResults: [],
        },
      ],
    };
    const count = countVitest(report, 1);
    expect(count.failed).toBe(1);
    expect(count.notes[0]).toBe('broken.test.ts failed to run: SyntaxError: Unexpected token');
  });

  it('turns a non-zero exit without failing tests into one failure', () => {
    const count = countVitest({ numPassedTests: 4, numFailedTests: 0, testResults: [] }, 1);
    expect(count).toMatchObject({ passed: 4, failed: 1 });
  });

  it('counts a missing report as one failure', () => {
    expect(countVitest(null, 0)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('reports a clean run as all passed', () => {
    expect(countVitest({ numPassedTests: 12, numFailedTests: 0, testResults: [] }, 0)).toEqual({
      passed: 12,
      failed: 0,
      notes: [],
    });
  });
});

describe('countPlaywright', () => {
  it('counts expected as passed and unexpected as failed', () => {
    const report = { stats: { expected: 5, unexpected: 1, flaky: 0, skipped: 0 }, errors: [] };
    expect(countPlaywright(report, 1)).toEqual({ passed: 5, failed: 1, notes: [] });
  });

  it('counts errors outside tests, such as a web server that does not start', () => {
    const report = {
      stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
      errors: [{ message: 'Error: Timed out waiting 120000ms from config.webServer.' }],
    };
    const count = countPlaywright(report, 1);
    expect(count.failed).toBe(1);
    expect(count.notes).toEqual([
      'error outside tests: Error: Timed out waiting 120000ms from config.webServer.',
    ]);
  });

  it('notes flaky and skipped tests', () => {
    const report = { stats: { expected: 2, unexpected: 0, flaky: 1, skipped: 3 }, errors: [] };
    expect(countPlaywright(report, 0)).toEqual({
      passed: 3,
      failed: 0,
      notes: ['1 flaky (passed only on retry)', '3 skipped'],
    });
  });

  it('counts a run with no specs as nothing', () => {
    expect(
      countPlaywright(
        { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] },
        0,
      ),
    ).toEqual({ passed: 0, failed: 0, notes: [] });
  });

  it('counts a crash without a report as one failure', () => {
    expect(countPlaywright(null, 1)).toMatchObject({ passed: 0, failed: 1 });
  });
});
