// A page opened from a link to another experiment never shows the prerendered default
// scenario: until the linked run is drawn, the workspace is hidden behind a neutral note.
import { expect, test } from '@playwright/test';
import { watchConsole } from './console-guard.ts';

interface FirstFrameProbe {
  pendingAtParse: boolean;
  hiddenAtParse: boolean | null;
  /** The store's scenario when the workspace was shown (the mark removed). */
  scenarioWhenShown: string | null;
  tracesWhenShown: number | null;
}

test('a link to another preset hides the default first frame until the linked run is drawn', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.addInitScript(() => {
    const probe: FirstFrameProbe = {
      pendingAtParse: false,
      hiddenAtParse: null,
      scenarioWhenShown: null,
      tracesWhenShown: null,
    };
    (window as unknown as { __firstFrame: FirstFrameProbe }).__firstFrame = probe;
    // Init scripts run before the document is parsed: <html> may not exist yet.
    const pending = () => document.documentElement?.hasAttribute('data-link-pending') ?? false;
    let seenPending = false;
    new MutationObserver(() => {
      if (pending()) seenPending = true;
      if (!seenPending || pending() || probe.scenarioWhenShown !== null) return;
      const lab = (
        window as unknown as {
          handshakeLab?: {
            store: { getState(): { scenarioId: string | null; status: string; traces: unknown[] } };
          };
        }
      ).handshakeLab;
      const s = lab?.store.getState();
      probe.scenarioWhenShown = s ? `${s.scenarioId}/${s.status}` : 'no store yet';
      probe.tracesWhenShown = s ? s.traces.length : null;
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-link-pending'],
    });
    document.addEventListener('DOMContentLoaded', () => {
      probe.pendingAtParse = pending();
      const workspace = document.querySelector('.workspace');
      probe.hiddenAtParse = workspace ? getComputedStyle(workspace).visibility === 'hidden' : null;
    });
  });
  await page.goto('./#v1.p=lost-syn');
  await expect(page.locator('html')).not.toHaveAttribute('data-link-pending');
  const probe = await page.evaluate(
    () => (window as unknown as { __firstFrame: FirstFrameProbe }).__firstFrame,
  );
  expect(probe.pendingAtParse).toBe(true);
  expect(probe.hiddenAtParse).toBe(true);
  expect(probe.scenarioWhenShown).toBe('lost-syn/ready');
  await expect(page.locator('.workspace')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Opening the linked experiment' }),
  ).toBeHidden();
  expect(problems).toEqual([]);
});

test('the default scenario’s own link keeps the prerendered first frame', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('./#v1.p=basic-handshake');
  await expect(page.locator('html')).not.toHaveAttribute('data-link-pending');
  await expect(page.getByRole('region', { name: 'Client', exact: true })).toContainText('CLOSED');
  expect(problems).toEqual([]);
});
