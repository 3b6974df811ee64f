// Two-way next to three-way under the same faults, with one playhead and a verdict each.
import { expect, test, type Page } from '@playwright/test';
import { openApp, openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

const openOldDuplicateSyn = (page: Page) =>
  page
    .getByLabel('Scenario')
    .selectOption({ label: 'The old duplicate SYN: why TCP needs three messages' });

test('the old-duplicate-SYN story: two-way holds a phantom connection, three-way does not', async ({
  page,
}) => {
  await openOldDuplicateSyn(page);
  const twoWay = page.getByRole('region', { name: 'Two-way' });
  const threeWay = page.getByRole('region', { name: 'Three-way' });
  await expect(page.getByRole('switch', { name: 'Two-way vs three-way' })).toBeChecked();
  // The verdicts follow the playhead: before anything is played they tell nothing away.
  await expect(twoWay.getByTestId('verdict-two-way')).toHaveText(
    'Two-way: no phantom connection so far',
  );
  await expect(threeWay.getByTestId('verdict-three-way')).toHaveText(
    'Three-way: no phantom connection so far',
  );

  // One playhead: at the end both sides have their last state; the two-way server went
  // ESTABLISHED on the old SYN, the three-way server only SYN-RECEIVED, then RST took it back.
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(twoWay.getByTestId('verdict-two-way')).toHaveText(
    'Two-way: the server held a phantom connection from 3.05 s until 3.15 s',
  );
  await expect(threeWay.getByTestId('verdict-three-way')).toHaveText(
    'Three-way: the old SYN was reset at 3.15 s; no phantom connection',
  );
  await expect(twoWay.getByRole('region', { name: 'Server' })).toContainText('LISTEN');
  await expect(threeWay.getByRole('region', { name: 'Server' })).toContainText('LISTEN');
  await expect(twoWay.locator('.annotation.kind-anomaly')).toHaveCount(1);
  await expect(threeWay.locator('.annotation.kind-anomaly')).toHaveCount(0);
  await expect(twoWay.getByRole('button', { name: /^RST seq=101 client → server/ })).toBeVisible();
  await expect(
    threeWay.getByRole('button', { name: /^RST seq=101 client → server/ }),
  ).toBeVisible();

  // Switching back shows one protocol again.
  await page.getByRole('switch', { name: 'Two-way vs three-way' }).click();
  await expect(page.getByRole('region', { name: 'Two-way' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Client' })).toHaveCount(1);
});

test('in predict mode the verdicts wait for the end, so they do not answer in advance', async ({
  page,
}) => {
  await openOldDuplicateSyn(page);
  await page.getByRole('switch', { name: 'Predict mode' }).click();
  const verdict = page.getByTestId('verdict-two-way');
  await expect(verdict).toHaveText('Two-way: the verdict shows at the end (predict mode)');
  // The same question comes once for each run: each one says which run it is about.
  await expect(page.getByRole('region', { name: 'Prediction' })).toBeAttached();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(
    page.getByRole('heading', { name: /^(Two|Three)-way: what does the server send next\?$/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(verdict).toHaveText(
    'Two-way: the server held a phantom connection from 3.05 s until 3.15 s',
  );
});

test('a story told side by side, opened without the comparison, offers it in its notes (presenter mode has no switch)', async ({
  page,
}) => {
  // A link written by hand, without c=1: the picker would have opened it comparing.
  await openApp(page, './?present#v1.p=old-duplicate-syn');
  const notes = page.getByRole('region', { name: 'Lesson notes' });
  await expect(notes).toContainText('The old duplicate SYN');
  await expect(page.getByTestId('verdict-two-way')).toHaveCount(0);
  await notes.getByRole('button', { name: 'Show two-way next to three-way' }).click();
  await expect(page.getByTestId('verdict-two-way')).toBeVisible();
  await expect(page.getByTestId('verdict-three-way')).toBeVisible();
  await expect(page).toHaveURL(/[#&]c=1(&|$)/);
  // The button went with the click; focus went on to Play, not to the page's top.
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  await expect(notes.getByRole('button', { name: 'Show two-way next to three-way' })).toHaveCount(
    0,
  );
  // A story that is not told side by side makes no such offer.
  await page.keyboard.press('Escape');
  await page.getByLabel('Scenario').selectOption('lost-syn');
  await expect(notes).toContainText('Lost SYN');
  await expect(notes.getByRole('button')).toHaveCount(0);
});
