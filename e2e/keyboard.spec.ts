// The lab without a mouse: the shortcut table, focusable segments and the fault menu.
import { expect, test } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

test('shortcuts drive playback and are announced on the buttons', async ({ page }) => {
  const slider = page.getByRole('slider', { name: 'Position in the run' });
  await expect(page.getByRole('button', { name: 'Step forward' })).toHaveAttribute(
    'aria-keyshortcuts',
    'ArrowRight PageDown .',
  );
  await page.keyboard.press('.');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveValue('3');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('1');
  await page.keyboard.press('End');
  await expect(slider).toHaveValue((await slider.getAttribute('max'))!);
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  await page.keyboard.press(']');
  await expect(page.getByLabel('Speed')).toHaveValue('1.5');
  await page.keyboard.press('[');
  await page.keyboard.press('[');
  await expect(page.getByLabel('Speed')).toHaveValue('0.5');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('shortcuts are ignored while typing in a field', async ({ page }) => {
  const field = page.getByLabel('Inject an old SYN at the server at (s)');
  await field.fill('');
  await field.press('.');
  await field.press('5');
  await expect(field).toHaveValue('.5');
  await expect(page.getByRole('slider', { name: 'Position in the run' })).toHaveValue('0');
});

test('keyboard only: reach a segment, open its menu, drop it, and remove the fault', async ({
  page,
}) => {
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  // Tab from the page start to the first segment.
  const syn = page.getByRole('button', { name: /^SYN seq=100 client → server/ });
  for (let i = 0; i < 40 && !(await syn.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(syn).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: /Break SYN seq=100/ });
  await expect(menu.getByRole('button', { name: 'Drop' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(syn).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const remove = page.getByRole('button', { name: 'Remove fault: Drop SYN #1 from the client' });
  await expect(remove).toBeVisible();
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No faults: the network delivers everything.')).toBeVisible();
});

test('the first Tab offers a skip link to the playback controls', async ({ page }) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the playback controls' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Jump to start' })).toBeFocused();
});
