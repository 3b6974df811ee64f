// A phone on its side (844×390, and a large one at 932×430): the transport bar and the narration
// form a rail at the right edge (app.css, SIDE_RAIL), and the diagram has the rest of the
// screen. Before the rail, the header, the lane headers, the narration and a two-row transport
// bar were stacked, and the diagram was a 39 px strip until the page was scrolled (at 932 px,
// the desktop layout, it could not be scrolled at all).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';
import { openAtFirstQuestion } from './step-until.ts';

test.use({ viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });

openLabWithCleanConsole();

/**
 * How many px of the diagram's view show on screen: below its lane headers, above the screen's
 * edge and above whatever of the narration and the transport bar lies over it.
 */
async function diagramShown(page: Page): Promise<number> {
  return page.evaluate(() => {
    const view = document.querySelector('.timeline-scroll')!.getBoundingClientRect();
    const header = document.querySelector('.column-header')!.getBoundingClientRect();
    let bottom = Math.min(view.bottom, innerHeight);
    for (const over of document.querySelectorAll('[data-testid="announcer"], #transport')) {
      const r = over.getBoundingClientRect();
      if (r.left < view.right && r.right > view.left) bottom = Math.min(bottom, r.top);
    }
    return bottom - Math.max(header.bottom, 0);
  });
}

const box = async (l: Locator) => (await l.boundingBox())!;

for (const [width, height] of [
  [844, 390],
  [932, 430],
] as const) {
  test(`${width}×${height}: the diagram has the height, the narration and the transport beside it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // The rail's height is measured after layout (transport-height.ts): two frames later.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    // Before anything is scrolled: the header is on screen, and the diagram below it.
    expect(await diagramShown(page)).toBeGreaterThanOrEqual(150);
    const view = await box(page.locator('.timeline-scroll'));
    const narration = await box(page.getByTestId('announcer'));
    const bar = await box(page.locator('#transport'));
    // The rail: right of the diagram, the narration above the buttons, both on screen.
    expect(narration.x).toBeGreaterThanOrEqual(view.x + view.width - 1);
    expect(bar.x).toBeGreaterThanOrEqual(view.x + view.width - 1);
    expect(narration.y).toBeGreaterThanOrEqual(0);
    expect(narration.y + narration.height).toBeLessThanOrEqual(bar.y + 1);
    expect(bar.y + bar.height).toBeLessThanOrEqual(height);
    for (const name of ['Play', 'Step forward', 'Step back', 'Jump to start', 'Jump to end']) {
      const b = await box(page.getByRole('button', { name, exact: true }));
      expect(b.y + b.height, `${name} on screen`).toBeLessThanOrEqual(height);
      expect(b.x + b.width, `${name} on screen`).toBeLessThanOrEqual(width);
      expect(b.height).toBeGreaterThanOrEqual(40);
    }
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.scrollingElement!.scrollWidth,
      window.innerWidth,
    ]);
    expect(scrollWidth, 'page width').toBeLessThanOrEqual(innerWidth);

    // With the header scrolled away, the diagram fills the height beside the rail.
    await page.evaluate(() => document.querySelector('.timeline-scroll')!.scrollIntoView());
    expect(await diagramShown(page)).toBeGreaterThanOrEqual(300);
    // The narration stays in view, and so do the buttons.
    await expect(page.getByTestId('announcer')).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();
  });
}

test('after Jump to end, the last moment shows low in the diagram, nothing over it', async ({
  page,
}) => {
  await page.evaluate(() => document.querySelector('.timeline-scroll')!.scrollIntoView());
  // A tap, which (unlike Playwright's click) does not scroll the page to the button first.
  await page.getByRole('button', { name: 'Jump to end' }).dispatchEvent('click');
  await expect(page.locator('.clock')).not.toHaveText('0.0 s');
  await page.waitForTimeout(300);
  const line = await box(page.locator('.playhead').first());
  const view = await box(page.locator('.timeline-scroll'));
  const header = await box(page.locator('.column-header').first());
  expect(line.y).toBeGreaterThanOrEqual(header.y + header.height);
  expect(line.y + line.height).toBeLessThanOrEqual(Math.min(view.y + view.height, 390));
  // At rest the view shows what led to the moment: the playhead sits low, below the upper 60%
  // kept for it where the narration covers the diagram (a phone upright).
  expect(line.y - header.y).toBeGreaterThan(0.6 * (Math.min(view.y + view.height, 390) - header.y));
});

test('predict mode’s question takes the rail, its answer reachable above the buttons', async ({
  page,
}) => {
  const question = await openAtFirstQuestion(page);
  await expect(question).toBeInViewport();
  const asking = await box(page.locator('.predict.asking'));
  const view = await box(page.locator('.timeline-scroll'));
  expect(asking.x).toBeGreaterThanOrEqual(view.x + view.width - 1);
  // The question scrolls within the rail to its Reveal button, which lands above the bar.
  const reveal = page.getByRole('button', { name: 'Reveal' });
  await reveal.scrollIntoViewIfNeeded();
  await expect(reveal).toBeInViewport();
  const bar = await box(page.locator('.transport-bar'));
  const r = await box(reveal);
  expect(r.y + r.height).toBeLessThanOrEqual(bar.y + 1);
  await reveal.click();
  // The answer stays in the rail, on screen (below the diagram it was out of sight).
  await expect(page.locator('.predict-verdict')).toBeInViewport();
  await expect(page.getByTestId('announcer')).toBeInViewport();
});
