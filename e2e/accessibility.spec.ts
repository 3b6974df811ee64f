// axe (Deque's rules, run inside the browser) on the lab's main states: nothing it can
// detect automatically may be wrong. It does not replace the keyboard and name tests.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('initial state', async ({ page }) => {
  await expect(page.getByRole('region', { name: 'Client' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('mid-handshake, with a segment’s fault menu open', async ({ page }) => {
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: /^SYN seq=100 client → server/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('side by side, two-way next to three-way', async ({ page }) => {
  await page
    .getByLabel('Scenario')
    .selectOption({ label: 'The old duplicate SYN: why TCP needs three messages' });
  await expect(page.getByRole('region', { name: 'Two-way' })).toBeVisible();
  await page.getByRole('button', { name: 'Jump to end' }).click();
  expect(await violations(page)).toEqual([]);
});

test('the share dialog', async ({ page }) => {
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share' })).toBeVisible();
  await expect(page.getByRole('dialog').locator('svg').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the keyboard shortcuts dialog', async ({ page }) => {
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('presenter mode, mid-run', async ({ page }) => {
  await page.goto('./?present#v1.p=lost-syn&t=3050');
  await expect(page.getByRole('region', { name: 'Client' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
