// Breaking the handshake by pointing at segments: each choice becomes a rule, the run is
// simulated again in the worker, and the playhead stays at the same moment.
import { expect, test, type Page } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

/** Steps until the announcement matches, returning every announcement on the way. */
async function stepUntil(page: Page, pattern: RegExp, limit = 80): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.getByRole('button', { name: 'Step forward' }).click();
    const text = await page.getByTestId('announcer').innerText();
    seen.push(text);
    if (pattern.test(text)) return seen;
  }
  throw new Error(`No announcement matched ${pattern} in ${limit} steps: ${seen.join(' | ')}`);
}

test('dropping the first SYN makes the client retransmit it about 1 s later', async ({ page }) => {
  await stepUntil(page, /The client sends SYN 100 to open the connection/);
  const clockBefore = await page.locator('.clock').innerText();
  await page.getByRole('button', { name: /^SYN seq=100 client → server/ }).click();
  const menu = page.getByRole('dialog', { name: /Break SYN seq=100 client → server/ });
  await menu.getByRole('button', { name: 'Drop' }).click();
  await expect(menu).toBeHidden();
  // Said where the menu was: nothing on the diagram changes yet at this moment.
  await expect(
    page.getByRole('status').filter({ hasText: 'Added: Drop SYN #1 from the client' }),
  ).toHaveText('Added: Drop SYN #1 from the client. Play or step to watch it.');

  await expect(
    page.getByRole('button', { name: 'Remove fault: Drop SYN #1 from the client' }),
  ).toBeVisible();
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  // The playhead stayed where it was.
  await expect(page.locator('.clock')).toHaveText(clockBefore);
  // Its job is done once the user steps, as it says: it would cover where the story unfolds
  // (well before the 5 s it is otherwise shown for).
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.locator('.fault-added')).toHaveCount(0, { timeout: 1000 });

  // The narration says what happened and why: the SYN is lost, the timer fires, the SYN goes again.
  const seen = await stepUntil(page, /The client sends SYN 100 again \(retransmission\)/);
  expect(
    seen.some((s) => /The SYN 100 from the client is lost on the way \(a drop fault\)/.test(s)),
  ).toBe(true);
  expect(
    seen.some((s) =>
      /No SYN-ACK after 1 s: the client's retransmission timer fires and it sends the SYN again/.test(
        s,
      ),
    ),
  ).toBe(true);
  const resent = seen[seen.length - 1]!;
  const at = Number(/^([\d.]+) s:/.exec(resent)![1]);
  expect(at).toBeGreaterThanOrEqual(0.9);
  expect(at).toBeLessThanOrEqual(1.2);
  await expect(
    page.locator('[data-segment-id]').filter({ has: page.locator('.drop-mark') }),
  ).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: /^SYN seq=100 client → server, retransmission/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^SYN seq=100 client → server, lost in the network/ }),
  ).toBeVisible();
  // Same flags, same numbers: each one's menu says which of the two it is, in the words its
  // rule would use.
  await page.getByRole('button', { name: /^SYN seq=100 client → server, retransmission/ }).click();
  const again = page.getByRole('dialog', { name: /Break SYN seq=100 client → server/ });
  await expect(again).toHaveAccessibleDescription(
    'This is SYN #2 from the client, a retransmission sent at 1.0 s.',
  );
  await again.getByRole('button', { name: 'Close' }).click();

  // The handshake still completes, a second later than without the fault.
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await page.getByRole('button', { name: 'Remove fault: Drop SYN #1 from the client' }).click();
  await expect(page.getByText('No faults: the network delivers everything.')).toBeVisible();
  await expect(page.getByRole('button', { name: /retransmission/ })).toHaveCount(0);
});

test('the packet just sent can be clicked, and its menu undoes the fault it made', async ({
  page,
}) => {
  await stepUntil(page, /The client sends SYN 100 to open the connection/);
  // The introduction that says to do this stays open while stepping (no step notes here).
  await expect(page.locator('.lesson-intro')).toHaveAttribute('open', '');
  // At the moment it is sent, the packet (its dot and flags) is all there is of the SYN.
  const packet = page.locator('.packet .packet-tag').first();
  await packet.click();
  const menu = page.getByRole('dialog', { name: /Break SYN seq=100 client → server/ });
  // No arrowhead to drag yet: the menu does not offer the drag.
  await expect(menu.getByRole('button', { name: 'Delay' })).toBeVisible();
  await expect(menu.getByText('Drag the arrowhead down to delay this segment')).toHaveCount(0);
  await menu.getByRole('button', { name: 'Drop' }).click();
  await expect(menu).toBeHidden();
  const rules = page.getByRole('list', { name: 'Fault rules in force' }).getByRole('listitem');
  await expect(rules).toHaveCount(1);
  // The same choice again changes nothing; the menu lists the rule with its Remove.
  await packet.click();
  await menu.getByRole('button', { name: 'Drop', exact: true }).click();
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  await expect(rules).toHaveCount(1);
  await packet.click();
  await expect(menu.getByText('Drop SYN #1 from the client')).toBeVisible();
  await menu.getByRole('button', { name: 'Remove fault: Drop SYN #1 from the client' }).click();
  await expect(menu).toBeHidden();
  await expect(page.getByText('No faults: the network delivers everything.')).toBeVisible();
  // Landed, the SYN has a head to drag, and its menu says so.
  await stepUntil(page, /The server receives the SYN 100/);
  await page.getByRole('button', { name: /^SYN seq=100 client → server/ }).click();
  await expect(menu.getByText('Drag the arrowhead down to delay this segment')).toBeVisible();
});

test('delaying the SYN-ACK and duplicating the ACK show up as rules and on the diagram', async ({
  page,
}) => {
  await stepUntil(page, /The server sends SYN-ACK 300\/101/);
  await page.getByRole('button', { name: /^SYN ACK seq=300 ack=101 server → client/ }).click();
  const menu = page.getByRole('dialog');
  await menu.getByLabel('Extra delay (ms)').fill('400');
  await menu.getByRole('button', { name: 'Delay' }).click();
  await expect(
    page.getByText('Delay SYN ACK #1 from the server by 400 ms', { exact: true }),
  ).toBeVisible();
  // The delayed SYN-ACK arrives 50 + 400 ms after it was sent at 0.05 s.
  await page.getByRole('button', { name: 'Jump to start' }).click();
  const seen = await stepUntil(page, /The SYN-ACK 300\/101 acknowledges the client's SYN/);
  expect(seen[seen.length - 1]).toMatch(/^0\.5 s:/);
  const synAck = page.getByRole('button', {
    name: /^SYN ACK seq=300 ack=101 server → client, delivered/,
  });
  await expect(synAck).toBeVisible();

  // A bad number is refused with a message naming the field; nothing changes.
  await synAck.click();
  await page.getByRole('dialog').getByLabel('Copy arrives after (ms)').fill('-3');
  await page.getByRole('dialog').getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(
    /Copy arrives after \(ms\) must be a number between 0 and/,
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(
    page.getByRole('list', { name: 'Fault rules in force' }).getByRole('listitem'),
  ).toHaveCount(1);
});

test('a copy the network holds up flies labelled as a copy, not as a second SYN', async ({
  page,
}) => {
  // The old-SYN story's duplicate: the copy leaves with the SYN and is held up for 3 s.
  await page.goto('./#v1.p=old-duplicate-syn&w=2&t=100');
  await expect(page.locator('.clock')).toHaveText('0.1 s');
  await expect(page.locator('.packet .packet-tag').filter({ hasText: /^SYN/ })).toHaveText([
    'SYN copy',
  ]);
});

test('an old SYN injected on the server lane arrives from the past and is named as such', async ({
  page,
}) => {
  await page.getByLabel('Inject an old SYN at the server at (s)').fill('0.5');
  await page.getByRole('button', { name: 'Inject old SYN' }).click();
  await expect(page.getByText('Old SYN seq=90 reaches the server at 0.5 s')).toBeVisible();
  await page.getByLabel('Protocol').selectOption('two-way');
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  await stepUntil(page, /^0\.5 s: .*the old SYN 90/);
  const old = page.getByRole('button', {
    name: /^SYN seq=90 client → server, old segment from an earlier connection/,
  });
  await expect(old).toHaveCount(1);
  await expect(old).toHaveClass(/is-stale/);
  await page.getByRole('button', { name: /^Remove fault: Old SYN seq=90/ }).click();
  await expect(page.getByText('No faults: the network delivers everything.')).toBeVisible();
});

test('the inject form offers a moment where an old SYN tells two-way from three-way', async ({
  page,
}) => {
  // A student who presses the button as it comes: the old SYN reaches the server while it
  // listens, before the client's own SYN, and the comparison then shows why three messages.
  const field = page.getByLabel('Inject an old SYN at the server at (s)');
  await expect(field).toHaveValue('0.02');
  await expect(field).toHaveAccessibleDescription(
    /between 0\.0\ss, when the server starts listening, and 0\.05\ss/,
  );
  await page.getByRole('button', { name: 'Inject old SYN' }).click();
  await expect(page.getByText('Old SYN seq=90 reaches the server at 0.02 s')).toBeVisible();
  // Said beside the button (on a phone the diagram is a screen away), with the way on.
  await expect(page.getByRole('status').filter({ hasText: 'Added: the old SYN' })).toHaveText(
    'Added: the old SYN reaches the server at 0.02 s. Play or step to watch it.',
  );
  await page.getByRole('button', { name: 'Compare two-way and three-way' }).click();
  await expect(page.getByRole('switch', { name: 'Two-way vs three-way' })).toBeChecked();
  // The button went with the comparison it offered; focus (and the view) go to the diagrams,
  // not to <body>.
  const timeline = page.getByRole('group', { name: /^Timeline/ });
  await expect(timeline).toBeFocused();
  await expect(timeline).toBeInViewport();
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(page.getByTestId('verdict-two-way')).toHaveText(
    /^Two-way: the server held a phantom connection from 0\.02 s/,
  );
  await expect(page.getByTestId('verdict-three-way')).toHaveText(
    "Three-way: the old SYN's half-open connection was dropped at 0.05 s; no phantom connection",
  );
  // A moment the user types is theirs: the suggestion and its reason step aside.
  await field.fill('0.5');
  await expect(field).toHaveValue('0.5');
  await expect(field).not.toHaveAttribute('aria-describedby');
});

test('clicking the server lane offers to inject an old SYN at that moment', async ({ page }) => {
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  // A point on the server lane in the visible part of the diagram, below the sticky lane names.
  const lane = (await page.locator('.lane-column-server').boundingBox())!;
  const view = (await page.locator('.timeline-scroll').boundingBox())!;
  await page.mouse.click(lane.x + lane.width / 2, view.y + view.height * 0.6);
  const menu = page.getByRole('dialog', { name: /^Server lane at [\d.]+ s$/ });
  await menu.getByRole('button', { name: 'Inject an old SYN here' }).click();
  await expect(page.getByText(/^Old SYN seq=90 reaches the server at [\d.]+ s$/)).toBeVisible();
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
});

test('a comparison that never met an old SYN offers to inject one, and takes you to the form @layout', async ({
  page,
}) => {
  await page.getByRole('switch', { name: 'Two-way vs three-way' }).click();
  const verdict = page.getByTestId('verdict-three-way');
  // The comparison's runs have landed (its verdicts are drawn) before the jump to their end.
  await expect(verdict).toBeVisible();
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(verdict).toHaveText(
    'Three-way: no phantom connection, but no old SYN arrived to test it: inject one',
  );
  // Whichever diagram is on screen (a phone shows one), its verdict's button.
  const shown = page.locator('.verdict').filter({ visible: true }).first();
  await shown.getByRole('button', { name: 'inject one' }).click();
  // The form sits at the far end of the strip under the diagrams, or a screen below on a phone.
  const field = page.getByLabel('Inject an old SYN at the server at (s)');
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  await expect(field).toHaveValue('0.02');
  // Enter injects it at the moment offered, and the comparison answers the question.
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(page.getByTestId('verdict-three-way')).toHaveText(
    "Three-way: the old SYN's half-open connection was dropped at 0.05 s; no phantom connection",
  );
});
