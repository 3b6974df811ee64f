// The lab without a mouse: the shortcut table, focusable segments and the fault menu.
import { expect, test } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

test('→ right after choosing a scenario steps it; it does not choose the next one', async ({
  page,
}) => {
  const menu = page.getByLabel('Scenario');
  await menu.selectOption({ label: 'The old duplicate SYN: why TCP needs three messages' });
  const chosen = await menu.inputValue();
  // The story is on screen (it shows two-way next to three-way) before the first key.
  await expect(page.getByRole('switch', { name: 'Two-way vs three-way' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Two-way' })).toBeVisible();
  // Focus stays on the menu, as after choosing with the mouse.
  await menu.focus();
  const slider = page.getByRole('slider', { name: 'Position in the run' });
  await expect(slider).toHaveValue('0');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('1');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('0');
  await expect(menu).toHaveValue(chosen);
  // ↓ still chooses, as in any menu.
  await page.keyboard.press('ArrowDown');
  await expect(menu).not.toHaveValue(chosen);
});

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
  // Dropped: focus is back on the segment (the run is redone around it), not on the page.
  await expect(menu).toBeHidden();
  await expect(syn).toBeFocused();
  const remove = page.getByRole('button', { name: 'Remove fault: Drop SYN #1 from the client' });
  await expect(remove).toBeVisible();
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No faults: the network delivers everything.')).toBeVisible();
  // The focused Remove button is gone: focus goes on in the panel, not back to the page top,
  // and not onto the latency slider (where the next arrow key would change the link).
  await expect(page.getByRole('heading', { name: 'Faults' })).toBeFocused();
});

test('focus never falls to the page top when the focused control goes away', async ({ page }) => {
  const focusedTag = () => page.evaluate(() => document.activeElement?.tagName ?? 'none');
  // Closing the inspector: back to the arrow it was opened from.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  const syn = page.getByRole('button', { name: /^SYN seq=100 client → server/ });
  await syn.click();
  await page.keyboard.press('Escape');
  const close = page.getByRole('button', { name: 'Close inspector' });
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(close).toBeHidden();
  await expect(syn).toBeFocused();
  // The view follows the playhead far from the focused arrow: it stays (and keeps focus).
  await page.keyboard.press('End');
  await expect(page.locator('.clock')).toHaveText('242.15 s');
  await expect(syn).toBeFocused();
  // Back before it was sent: the arrow goes, focus goes on to Play.
  await page.keyboard.press('Home');
  await expect(syn).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  // Presenter mode by its shortcut while a header control has focus: the header goes, focus
  // goes to the presenter button; Escape back keeps it there.
  await page.getByRole('button', { name: 'Share' }).focus();
  await page.keyboard.press('p');
  const presenter = page.getByRole('button', { name: 'Presenter mode' });
  await expect(presenter).toHaveAttribute('aria-pressed', 'true');
  await expect(presenter).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveAttribute('aria-pressed', 'false');
  expect(await focusedTag()).not.toBe('BODY');
  // Dismissing an error: on to Play/Pause.
  await page.goto('./#v1.p=no-such-preset');
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(dismiss).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
});

test('the first Tab offers a skip link to the playback controls', async ({ page }) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the playback controls' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Jump to start' })).toBeFocused();
  // The anchor it leaves in the address is not a link to read: no "cannot be opened".
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the fault menu closes when focus or a press goes elsewhere, and opens at a packet in flight', async ({
  page,
}) => {
  // Step until the SYN has just been sent: it is in flight.
  const syn = page.getByRole('button', { name: /^SYN seq=100 client → server/ });
  for (let i = 0; i < 10 && (await syn.count()) === 0; i++) await page.keyboard.press('ArrowRight');
  await expect(syn).toHaveAttribute('aria-label', /in flight/);
  const menu = page.getByRole('dialog', { name: /Break SYN seq=100/ });
  await syn.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  // It opens just under the packet (18 px), not under the middle of an arrow still hidden.
  const dot = (await page.locator('.packet-dot').first().boundingBox())!;
  const box = (await menu.boundingBox())!;
  expect(box.y - (dot.y + dot.height / 2)).toBeCloseTo(18, 0);
  // All of it is in view, above the narration and the transport.
  await expect(menu.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
  const caption = (await page.getByTestId('announcer').boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(caption.y);

  // Tab past its last control: focus leaves, the menu closes, focus stays where Tab put it.
  const close = menu.getByRole('button', { name: 'Close' });
  for (let i = 0; i < 12 && !(await close.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  await expect(page.locator('body')).not.toBeFocused();

  // A press anywhere else closes it too.
  await syn.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.getByTestId('announcer').click();
  await expect(menu).toBeHidden();
  // …and focus stays where the press put it (the caption takes none): not pulled back to the
  // segment, once the frame in which it would be has passed.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await expect(syn).not.toBeFocused();
});

test.describe('on a projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the fault menu of a segment near the view’s lower edge opens wholly in view', async ({
    page,
  }) => {
    const synAck = page.getByRole('button', { name: /^SYN ACK seq=300/ });
    for (let i = 0; i < 20 && (await synAck.count()) === 0; i++)
      await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await synAck.click();
    const menu = page.getByRole('dialog', { name: /Break SYN ACK seq=300/ });
    await expect(menu.getByRole('button', { name: 'Drop' })).toBeFocused();
    await expect(menu.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
    const box = (await menu.boundingBox())!;
    const caption = (await page.getByTestId('announcer').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(caption.y);
  });
});
