// Dragging an arrowhead down delays that segment: the drag previews the longer arrow, the
// release adds the same delay rule the fault menu's Delay button makes, and the run is
// simulated again.
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

async function arrowLength(arrow: Locator): Promise<number> {
  const line = arrow.locator('line.arrow');
  const [y1, y2] = await Promise.all([line.getAttribute('y1'), line.getAttribute('y2')]);
  return Number(y2) - Number(y1);
}

test('dragging the first SYN’s arrowhead down adds a delay fault and lengthens the arrow', async ({
  page,
}) => {
  // Step until the first SYN has arrived (its arrowhead is drawn).
  const syn = page.getByRole('button', { name: /^SYN seq=100 client → server, delivered/ });
  for (let i = 0; i < 20 && (await syn.count()) === 0; i++)
    await page.getByRole('button', { name: 'Step forward' }).click();
  const before = await arrowLength(syn);

  const head = (await syn.locator('.arrow-handle').boundingBox())!;
  const x = head.x + head.width / 2;
  const y = head.y + head.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 60, { steps: 6 });
  await page.mouse.move(x, y + 130, { steps: 6 });
  // While dragging: the longer arrow and the extra delay are previewed.
  await expect(syn.locator('.delay-preview')).toContainText(/^\+\d+ ms$/);
  await page.mouse.up();

  const rule = page.getByText(/^Delay SYN #1 from the client by \d+ ms$/);
  await expect(rule).toBeVisible();
  const ms = Number(/by (\d+) ms/.exec((await rule.innerText())!)![1]);
  // 130 px at 1.3 px per ms, snapped to 10 ms.
  expect(ms % 10).toBe(0);
  expect(ms).toBeGreaterThanOrEqual(80);
  expect(ms).toBeLessThanOrEqual(120);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');

  // The playhead stayed at its moment, so the delayed SYN is now on its way; step until it lands.
  for (let i = 0; i < 20 && (await syn.count()) === 0; i++)
    await page.getByRole('button', { name: 'Step forward' }).click();
  expect(await arrowLength(syn)).toBeGreaterThan(before + 50);
});

/** The centre of an arrowhead's handle, scrolled into view (page px). */
async function headCentre(handle: Locator): Promise<{ x: number; y: number }> {
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger pressed at `at` and dragged `dy` px down, 10 px a move, then lifted. */
async function fingerDrag(
  context: BrowserContext,
  page: Page,
  at: { x: number; y: number },
  dy: number,
): Promise<void> {
  // Playwright's touchscreen only taps: the drag is sent as the browser's own touch events.
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', down: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: at.x, y: at.y + down }],
    });
  await touch('touchStart', 0);
  for (let d = 10; d <= dy; d += 10) await touch('touchMove', d);
  await touch('touchEnd', dy);
}

test.describe('with a finger', () => {
  test.use({ hasTouch: true });

  test('dragging the arrowhead down delays the segment instead of scrolling the page', async ({
    page,
    context,
  }) => {
    const syn = page.getByRole('button', { name: /^SYN seq=100 client → server, delivered/ });
    for (let i = 0; i < 20 && (await syn.count()) === 0; i++)
      await page.getByRole('button', { name: 'Step forward' }).click();
    const head = await headCentre(syn.locator('.arrow-handle'));
    await fingerDrag(context, page, head, 130);
    await expect(page.getByText(/^Delay SYN #1 from the client by \d+ ms$/)).toBeVisible();
  });

  test('a retransmission’s head can be dragged where its tag lies over it @layout', async ({
    page,
    context,
  }) => {
    // The first SYN dropped; at 1.05 s the retransmitted one has just arrived. On a phone its
    // arrow is short and the "retransmission" tag under its label lies over the arrowhead.
    await page.goto('./#v1.p=basic-handshake&t=1050&k=2&f=cS1d');
    const resent = page.getByRole('button', {
      name: /^SYN seq=100 client → server, retransmission, delivered/,
    });
    const head = await headCentre(resent.locator('.arrow-handle'));
    // What a press at the head's centre reaches: the handle, not a label drawn over it.
    expect(
      await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('arrow-handle'),
        head,
      ),
    ).toBe(true);
    await fingerDrag(context, page, head, 100);
    await expect(page.getByText(/^Delay SYN #2 from the client by \d+ ms$/)).toBeVisible();
  });
});
