// Stepping until something appears, one step at a time: each step is given time to land
// before the next is made. In predict mode a step made while a question is open reveals its
// answer, so a step sent before the last one had rendered would answer the question the test
// is waiting for.
import { type Locator, type Page } from '@playwright/test';
import { openApp } from './console-guard.ts';

/** Calls `step` until `target` is visible (at most `limit` times); true if it appeared. */
export async function stepUntilVisible(
  target: Locator,
  step: () => Promise<void>,
  limit = 12,
): Promise<boolean> {
  if (await target.isVisible()) return true;
  for (let i = 0; i < limit; i++) {
    await step();
    const shown = await target.waitFor({ state: 'visible', timeout: 500 }).then(
      () => true,
      () => false,
    );
    if (shown) return true;
  }
  return false;
}

/**
 * Opens the lab in predict mode and taps Step forward (a tap: the page is not scrolled to the
 * button first) until the first question is asked; returns its heading.
 */
export async function openAtFirstQuestion(page: Page): Promise<Locator> {
  await openApp(page, './?predict');
  const question = page.getByRole('heading', { name: 'What does the server send next?' });
  await stepUntilVisible(question, () =>
    page.getByRole('button', { name: 'Step forward' }).dispatchEvent('click'),
  );
  return question;
}
