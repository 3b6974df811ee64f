// The scenario under RFC 9293 next to Linux: two diagrams named by profile, one playhead, a
// summary of what differs read from the two runs, and a link that reopens the same view.
import { expect, test, type Page } from '@playwright/test';
import { openLabWithCleanConsole, watchConsole } from './console-guard.ts';
import { openWithPresetsHeld } from './chunk-routes.ts';

openLabWithCleanConsole();

/** The lost-SYN preset, with "RFC 9293 vs Linux" switched on; the two switches. */
async function lostSynUnderProfiles(page: Page) {
  await page
    .getByLabel('Scenario')
    .selectOption({ label: 'Lost SYN: retransmission and back-off' });
  const profiles = page.getByRole('switch', { name: 'RFC 9293 vs Linux' });
  const protocols = page.getByRole('switch', { name: 'Two-way vs three-way' });
  await profiles.click();
  return { profiles, protocols };
}

test('lost SYN under RFC 9293 and Linux: two schedules, the first difference, and a link', async ({
  page,
  browser,
}) => {
  const { profiles, protocols } = await lostSynUnderProfiles(page);
  await expect(profiles).toBeChecked();
  await expect(protocols).not.toBeChecked();

  const rfc = page.getByRole('region', { name: 'RFC 9293', exact: true });
  const linux = page.getByRole('region', { name: 'Linux 6.x' });
  await expect(rfc.getByRole('heading', { name: 'RFC 9293: connected at 3.1 s' })).toBeVisible();
  await expect(linux.getByRole('heading', { name: 'Linux 6.x: connected at 2.1 s' })).toBeVisible();

  // The summary, in the first screen, names both SYN schedules.
  const summary = page.getByRole('region', { name: 'What differs' });
  await expect(summary).toBeInViewport();
  const synRow = summary.getByRole('row', { name: /^SYN from the client sent at/ });
  await expect(synRow.getByRole('cell')).toHaveText(['0.0, 1.0, 3.0 s', '0.0, 1.0, 2.0 s']);
  await expect(summary.getByRole('row', { name: /^connect\(\) on the client/ })).toContainText(
    'succeeded at 3.1 s',
  );

  // The first difference: Linux's third SYN, 1 s before the RFC's. Showing it moves the
  // shared playhead there and opens it in the inspector.
  await summary.getByRole('button', { name: 'Show the first different segment' }).click();
  await expect(page.locator('.clock')).toHaveText('2.0 s');
  await expect(
    page.getByRole('heading', { name: /^Segment #3: SYN client → server/ }),
  ).toBeVisible();
  await expect(rfc.getByRole('region', { name: 'Client' })).toContainText('SYN-SENT');
  await expect(linux.getByRole('region', { name: 'Server' })).toContainText('LISTEN');

  // The link carries the mode and the moment; a fresh browser reopens the same view.
  await expect(page).toHaveURL(/#v1\.p=lost-syn&c=p&t=2000(&k=\d+)?$/);
  const link = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const problems = watchConsole(other);
  await other.goto(link);
  await expect(other.getByRole('switch', { name: 'RFC 9293 vs Linux' })).toBeChecked();
  await expect(other.getByRole('region', { name: 'Linux 6.x' })).toBeVisible();
  await expect(other.getByRole('region', { name: 'RFC 9293', exact: true })).toBeVisible();
  await expect(other.locator('.clock')).toHaveText('2.0 s');
  await expect(
    other.getByRole('region', { name: 'What differs' }).getByRole('row', { name: /^SYN from/ }),
  ).toContainText('0.0, 1.0, 2.0 s');
  await fresh.close();
  expect(problems).toEqual([]);
});

test('the two comparisons exclude each other, and either switch turns its own off', async ({
  page,
}) => {
  const { profiles, protocols } = await lostSynUnderProfiles(page);
  await expect(page.getByRole('region', { name: 'Linux 6.x' })).toBeVisible();
  await protocols.click();
  await expect(profiles).not.toBeChecked();
  await expect(page.getByRole('region', { name: 'Two-way' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What differs' })).toHaveCount(0);
  await profiles.click();
  await expect(protocols).not.toBeChecked();
  await expect(page.getByRole('region', { name: 'RFC 9293', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#v1\.p=lost-syn&c=p$/);
  await profiles.click();
  await expect(page.getByRole('region', { name: 'Client' })).toHaveCount(1);
  await expect(page).toHaveURL(/#v1\.p=lost-syn$/);
});

test('a comparison switched on while the chosen preset loads stays on', async ({ browser }) => {
  const { page, release, close } = await openWithPresetsHeld(browser);
  const picker = page.getByLabel('Scenario');
  const profiles = page.getByRole('switch', { name: 'RFC 9293 vs Linux' });
  const linux = page.getByRole('region', { name: 'Linux 6.x' });
  await picker.selectOption({ label: 'Lost SYN: retransmission and back-off' });
  await profiles.click();
  await expect(linux).toBeVisible();
  await release();
  await expect(picker).toHaveValue('lost-syn');
  await expect(linux.getByRole('heading', { name: 'Linux 6.x: connected at 2.1 s' })).toBeVisible();
  await expect(profiles).toBeChecked();
  await close();
});
