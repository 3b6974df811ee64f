// Choosing a scenario in the picker while its contents are still on the way, or when they
// cannot come: the picker shows the choice meanwhile, the last choice wins, and a failure
// is said, leaving the lab as it was.
import { expect, test } from '@playwright/test';
import { openWithChunkAborted, openWithPresetsHeld } from './chunk-routes.ts';

test('of two presets chosen in a row, the last is loaded, even if the first loads after it', async ({
  browser,
}) => {
  const { page, release, close } = await openWithPresetsHeld(browser);
  const picker = page.getByLabel('Scenario');
  const opened = await picker.inputValue();
  // The first choice waits for the presets' contents, and the picker shows it meanwhile.
  await picker.selectOption({ label: 'Duplicate SYN' });
  await expect(picker).toHaveValue('duplicate-syn');
  // The second, the scenario that opened with the page, is at hand and loads at once.
  await picker.selectOption(opened);
  await release();
  const loaded = await page.evaluate(
    () =>
      (
        window as unknown as { handshakeLab: { store: { getState(): { scenarioId: string } } } }
      ).handshakeLab.store.getState().scenarioId,
  );
  expect(loaded).toBe(opened);
  await expect(picker).toHaveValue(opened);
  await close();
});

test('a preset that cannot be loaded is said so; the lab keeps its scenario, and a later choice loads', async ({
  browser,
}) => {
  const { page, release, recover, close } = await openWithPresetsHeld(browser, { fail: true });
  const picker = page.getByLabel('Scenario');
  const opened = await picker.inputValue();
  const slider = page.getByRole('slider', { name: 'Position in the run' });
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(slider).toHaveValue('1');

  await picker.selectOption({ label: 'Lost SYN: retransmission and back-off' });
  await expect(page.getByRole('alert')).toContainText(
    'That scenario could not be loaded (are you offline?)',
  );
  await expect(picker).toHaveValue(opened);
  await expect(slider).toHaveValue('1');

  // Back online: the same choice is tried again, and loads.
  recover();
  await picker.selectOption({ label: 'Lost SYN: retransmission and back-off' });
  await release();
  await expect(picker).toHaveValue('lost-syn');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The failed fetch is the browser's own report of the network error.
  await close(/Failed to load resource/);
});

test('a part of the lab whose code cannot be loaded is missing alone, and says so; the rest works', async ({
  browser,
}) => {
  const { page, close } = await openWithChunkAborted(
    browser,
    /\/assets\/InspectorInPanel-[\w-]+\.js$/,
  );
  const slider = page.getByRole('slider', { name: 'Position in the run' });
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await page.locator('[data-segment-id]').first().click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
    'This part could not be loaded (are you offline?). Reload the page to try again.',
  );
  // The rest of the page is there and works.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Jump to start' }).click();
  await expect(slider).toHaveValue('0');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(slider).toHaveValue('1');
  await expect(page.getByRole('region', { name: 'Client' })).toBeVisible();
  await close();
});

test('if the narration’s code cannot be loaded, the caption says so and stepping goes on', async ({
  browser,
}) => {
  const { page, close } = await openWithChunkAborted(browser, /\/assets\/narrate-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('announcer')).toHaveText(
    'This part could not be loaded (are you offline?). Reload the page to try again.',
  );
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByRole('slider', { name: 'Position in the run' })).toHaveValue('2');
  await expect(page.getByRole('region', { name: 'Server' })).toContainText('LISTEN');
  await close();
});
