// A whole lesson without a mouse: choose a preset from the keyboard, step through every event
// with the clicker's keys, read the notes as they change, inspect a segment, and reach the end.
import { expect, test } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

test('keyboard only: the lost-SYN lesson from the picker to the last event', async ({ page }) => {
  const picker = page.getByLabel('Scenario');
  // Tab from the top of the page to the picker, then choose the preset with the arrow keys.
  for (let i = 0; i < 10 && !(await picker.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(picker).toBeFocused();
  await page.keyboard.press('ArrowDown'); // handshake-data-close
  await page.keyboard.press('ArrowDown'); // lost-syn
  await expect(picker).toHaveValue('lost-syn');
  await expect(page).toHaveURL(/#v1\.p=lost-syn$/);

  // Leave the picker (Escape does not move focus; the page body takes the shortcuts).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const slider = page.getByRole('slider', { name: 'Position in the run' });
  // The preset's run arrives from the worker; its length is the slider's range. Read once
  // the preset is loaded and its run is in (before, the range was the previous run's).
  await expect(page.locator('.lesson-title')).toContainText('Lost SYN');
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  await expect.poll(async () => Number(await slider.getAttribute('max'))).toBeGreaterThan(10);
  const last = Number(await slider.getAttribute('max'));
  const notes = new Set<string>();
  const note = page.getByTestId('step-note');
  // Three SYNs go out; when the third (the one that gets through) is on the diagram, Tab
  // reaches it and opens its menu, then the lesson goes on from there.
  const syns = page.getByRole('button', { name: /^SYN seq=100 client → server/ });
  let inspected = false;
  for (let i = 1; i <= last; i++) {
    await page.keyboard.press(i % 2 ? 'PageDown' : '.');
    await expect(slider).toHaveValue(String(i));
    notes.add(await note.innerText());
    if (inspected || (await syns.count()) < 3) continue;
    const third = syns.nth(2);
    for (let n = 0; n < 60 && !(await third.evaluate((el) => el === document.activeElement)); n++)
      await page.keyboard.press('Tab');
    await expect(third).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: /Break SYN seq=100/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(third).toBeFocused();
    inspected = true;
  }
  expect(inspected).toBe(true);
  // Every step note of the preset was shown on the way, in order of time.
  expect(notes.size).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('region', { name: 'Client' })).toContainText('ESTABLISHED');
  await expect(page.getByRole('region', { name: 'Server' })).toContainText('ESTABLISHED');

  // Back to the start and once more to the end, by Home and End.
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  await page.keyboard.press('End');
  await expect(slider).toHaveValue(String(last));
});
