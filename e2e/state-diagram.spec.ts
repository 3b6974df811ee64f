// The state machine panel: the side panel shows a third of RFC 9293's figure, so a transition
// often comes from a state out of view. Its arrow then carries the state's name where it comes
// into view (StateDiagram.tsx, source-tag.ts).
import { expect, test } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

test('a transition from a state out of view names that state on its arrow', async ({ page }) => {
  await page.getByRole('button', { name: 'Jump to end' }).click();
  const client = page.locator('figure.state-diagram[data-side="client"]');
  await expect(client.locator('figcaption')).toContainText('TIME-WAIT → CLOSED');
  const tag = client.locator('.state-diagram-from');
  await expect(tag).toBeVisible();
  await expect(tag).toHaveText('TIME-WAIT');
  const view = (await client.locator('.state-diagram-view').boundingBox())!;
  const t = (await tag.boundingBox())!;
  const lit = (await client.locator('g[data-lit] rect').boundingBox())!;
  const arrow = (await client.locator('path[data-lit]').boundingBox())!;
  // Inside the view, clear of the lit state, and on the lit arrow (TIME-WAIT → CLOSED is drawn
  // straight across: level with it).
  expect(t.x).toBeGreaterThanOrEqual(view.x);
  expect(t.x + t.width).toBeLessThanOrEqual(lit.x);
  expect(Math.abs(t.y + t.height / 2 - (arrow.y + arrow.height / 2))).toBeLessThan(2);

  // Scrolled by hand until TIME-WAIT shows, the state names itself: the tag goes.
  await client
    .locator('g[data-node="TIME-WAIT"]')
    .evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'center' }));
  await expect(tag).toBeHidden();
});
