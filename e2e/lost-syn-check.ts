// One check shared by the publishing and offline specs: the "Lost SYN" preset, which is not
// the prerendered default, runs through everything loaded after the first frame: its trace
// comes from the simulation worker, the state diagrams and the inspector are lazy chunks.
import { expect, type Page } from '@playwright/test';

export async function expectLostSynRunsFully(page: Page): Promise<void> {
  await expect(page.getByLabel('Scenario')).toHaveValue('lost-syn');
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(page.getByRole('region', { name: 'Client' }).first()).toContainText('ESTABLISHED');
  await expect(page.locator('figure.state-diagram').first()).toBeVisible();
  await page
    .getByRole('button', { name: /^SYN seq=100 client → server/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Segment inspector' })).toBeVisible();
}
