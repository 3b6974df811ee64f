// Every spec insists on a clean console: no error, no warning, no uncaught exception.
import { expect, test, type Page } from '@playwright/test';

/** Collects the page's console errors, warnings and uncaught exceptions from now on. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/**
 * Opens `path` and waits for the app itself: the prerendered first frame is on screen before
 * the app runs, and the tests drive the app, so they start once it has replaced that frame
 * (earlier input: e2e/early-input.spec.ts).
 */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await appReplacedFrame(page);
}

/** Loads the page again (a setting stored, read at start) and waits for the app as openApp. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await appReplacedFrame(page);
}

const appReplacedFrame = (page: Page) => expect(page.locator('.prerendered-frame')).toHaveCount(0);

/** Each test of the calling spec opens the lab first and must end with a clean console. */
export function openLabWithCleanConsole(): void {
  let problems: string[] = [];
  test.beforeEach(async ({ page }) => {
    problems = watchConsole(page);
    await openApp(page);
  });
  test.afterEach(() => {
    expect(problems, 'console errors and warnings').toEqual([]);
  });
}
