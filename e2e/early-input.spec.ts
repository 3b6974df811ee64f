// The prerendered first frame is on screen before the app runs: a shortcut pressed, a button
// clicked, a choice made or a control focused then is not lost but replayed on the app once it
// has mounted.
import { expect, test } from '@playwright/test';
import { watchConsole } from './console-guard.ts';

const appStarted = () => (window as { handshakeLab?: unknown }).handshakeLab !== undefined;

test('input given to the prerendered frame before the app mounts is replayed on it', async ({
  page,
}) => {
  const problems = watchConsole(page);
  // With the page's timers held, the entry module runs but the app does not start (main.tsx
  // starts it from a timer), so the page stays the prerendered frame for as long as needed.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.goto('./');
  const slider = page.getByRole('slider', { name: 'Position in the run' });
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.keyboard.press('.');
  await page.getByLabel('Speed').selectOption('0.5');
  await page.getByRole('button', { name: 'Jump to start' }).focus();
  // Nothing has happened yet: this is still the prerendered markup.
  await expect(slider).toHaveValue('0');
  expect(await page.evaluate(appStarted)).toBe(false);

  await page.clock.resume();
  await expect(slider).toHaveValue('2');
  await expect(page.getByLabel('Speed')).toHaveValue('0.5');
  await expect(page.getByRole('button', { name: 'Jump to start' })).toBeFocused();
  // Replayed once only.
  await page.waitForFunction(appStarted);
  await expect(slider).toHaveValue('2');
  expect(problems, 'console errors and warnings').toEqual([]);
});
