// The default scenario, played and stepped through the real UI of the production build.
import { expect, test, type Page } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

const lane = (page: Page, name: 'Client' | 'Server') =>
  page.getByRole('region', { name, exact: true });

/**
 * Everything a user can see of the moment, read in one go: lane states, the announcement, the
 * clock, the scrub position, every segment's name and the moving parts' positions.
 */
async function snapshot(page: Page) {
  return page.evaluate(() => {
    const text = (selector: string) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector), (el) => el.innerText);
    return {
      lanes: text('[role="region"][aria-label="Client"], [role="region"][aria-label="Server"]'),
      announcement: text('[data-testid="announcer"]'),
      clock: text('.clock'),
      position: (document.querySelector('.scrub input[type="range"]') as HTMLInputElement).value,
      segments: Array.from(document.querySelectorAll('[data-segment-id]'), (e) =>
        e.getAttribute('aria-label'),
      ),
      moving: Array.from(
        document.querySelectorAll<HTMLElement>('.packet, .reveal, .reveal-inner, .playhead'),
        (e) => e.style.transform,
      ),
      labels: text('.annotation text'),
    };
  });
}

test('the first diagram is drawn at once, both lanes named and closed at the start', async ({
  page,
}) => {
  await expect(lane(page, 'Client')).toContainText('CLOSED');
  await expect(lane(page, 'Server')).toContainText('CLOSED');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByTestId('announcer')).toHaveText(
    'Start of the run. Nothing has happened yet.',
  );
  // The narration is the one live region a step speaks in; the time readout, rewritten
  // while playing, is not live (an <output> otherwise is).
  await expect(page.locator('.clock')).toHaveAttribute('aria-live', 'off');
});

test('the default scenario plays: both lanes reach ESTABLISHED, and it ends closed', async ({
  page,
}) => {
  await page.getByLabel('Speed').selectOption('0.5');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // The server is the last to become ESTABLISHED; pause there and look at both lanes.
  await expect(lane(page, 'Server')).toContainText('ESTABLISHED', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(lane(page, 'Client')).toContainText('ESTABLISHED');
  await expect(lane(page, 'Server')).toContainText('ESTABLISHED');
  const handshake = page.locator('[data-segment-id]');
  await expect(handshake.nth(0)).toHaveAttribute('aria-label', /^SYN seq=100 client → server/);
  await expect(handshake.nth(1)).toHaveAttribute(
    'aria-label',
    /^SYN ACK seq=300 ack=101 server → client/,
  );
  await expect(handshake.nth(2)).toHaveAttribute(
    'aria-label',
    /^ACK seq=101 ack=301 client → server/,
  );

  // Play on to the end: the connection is closed, the client after TIME-WAIT.
  await page.getByLabel('Speed').selectOption('4');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  const slider = page.getByRole('slider', { name: 'Position in the run' });
  await expect(slider).toHaveValue((await slider.getAttribute('max')) ?? '');
  await expect(lane(page, 'Client')).toContainText('CLOSED');
  await expect(lane(page, 'Server')).toContainText('LISTEN');
  await expect(page.locator('.time-break')).not.toHaveCount(0);
  // The caption says the run is over (a clicker pressed on past it moves nothing), and only
  // at the end.
  const caption = page.getByTestId('announcer');
  await expect(caption).toHaveText(/: .+\. End of the run\.$/);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(caption).not.toContainText('End of the run');
});

test('Step back restores the previous moment exactly', async ({ page }) => {
  const forward = page.getByRole('button', { name: 'Step forward' });
  const back = page.getByRole('button', { name: 'Step back' });
  for (let i = 0; i < 16; i++) {
    const before = await snapshot(page);
    await forward.click();
    const after = await snapshot(page);
    expect(after.position).toBe(String(Number(before.position) + 1));
    expect(after).not.toEqual(before);
    await back.click();
    expect(await snapshot(page)).toEqual(before);
    await forward.click();
  }
  await expect(page.getByRole('slider', { name: 'Position in the run' })).toHaveValue('16');
});

test('Jump to end and Jump to start move the playhead to either end', async ({ page }) => {
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(lane(page, 'Client')).toContainText('CLOSED');
  await expect(page.locator('.clock')).toHaveText('242.15 s');
  await page.getByRole('button', { name: 'Jump to start' }).click();
  await expect(page.locator('.clock')).toHaveText('0.0 s');
  await expect(page.locator('[data-segment-id]')).toHaveCount(0);
});

test('while playing a dense transfer, every packet in the air rides the playhead line', async ({
  page,
}) => {
  // Steps reach React at most ten times a second while playing (commit-pacer.ts), and here
  // several events pass per frame: the packets must still leave and land on their own frame.
  const result = await page.evaluate(async () => {
    type Hook = {
      store: {
        getState(): {
          status: string;
          playing: boolean;
          actions: { setSpeed(s: number): void; play(): void; jumpToStart(): void };
        };
        subscribe(listener: (s: { status: string }) => void): () => void;
      };
      loadScenario(s: unknown): void;
    };
    const lab = (window as unknown as { handshakeLab: Hook }).handshakeLab;
    await new Promise<void>((resolve) => {
      let running = false;
      const stop = lab.store.subscribe((s) => {
        if (s.status === 'running') running = true;
        else if (running) {
          stop();
          resolve();
        }
      });
      lab.loadScenario({
        version: 1,
        actions: [
          { at: 0, host: 'server', call: 'listen' },
          { at: 0, host: 'client', call: 'connect' },
          { at: 200, host: 'client', call: 'send', bytes: 300_000 },
        ],
      });
    });
    const { actions } = lab.store.getState();
    actions.jumpToStart();
    actions.setSpeed(1);
    actions.play();
    const yOf = (el: Element | null) =>
      Number(
        /translate\([^,]+,\s*([-\d.e]+)px\)/.exec(
          (el as HTMLElement | null)?.style.transform ?? '',
        )?.[1],
      );
    let frames = 0;
    let packets = 0;
    const off: string[] = [];
    await new Promise<void>((resolve) => {
      const frame = () => {
        if (!lab.store.getState().playing) return resolve();
        const line = yOf(document.querySelector('.playhead'));
        for (const p of document.querySelectorAll('.packet')) {
          packets++;
          const y = yOf(p);
          if (Math.abs(y - line) > 0.01) off.push(`${y} vs ${line}`);
        }
        frames++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    return { frames, packets, off: off.slice(0, 5) };
  });
  // However slow the machine (frames are fewer when each takes longer), packets were seen.
  expect(result.frames).toBeGreaterThan(10);
  expect(result.packets).toBeGreaterThan(10);
  expect(result.off).toEqual([]);
});
