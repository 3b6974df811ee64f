// Presenting: clicker keys, the shortcuts dialog, single-key shortcuts off, presenter mode,
// the embedded lab, and predict mode. The default scenario's client ISN is 100, the server's 300.
import { expect, test, type Page } from '@playwright/test';
import { openAtFirstQuestion, stepUntilVisible } from './step-until.ts';
import { openApp, reloadApp, watchConsole } from './console-guard.ts';

let problems: string[] = [];
test.beforeEach(({ page }) => {
  problems = watchConsole(page);
});
test.afterEach(() => {
  expect(problems, 'console errors and warnings').toEqual([]);
});

const clock = (page: Page) => page.getByRole('toolbar', { name: 'Playback' }).locator('output');
const serverState = (page: Page) => page.getByTestId('server-state');

test('a clicker steps the timeline: PageDown and "." forward, PageUp back', async ({ page }) => {
  await page.goto('./');
  await expect(clock(page)).toHaveText('0.0 s');
  // Seven events happen at 0 s; the eighth is the SYN reaching the server at 0.05 s.
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('.');
  await expect(clock(page)).toHaveText('0.05 s');
  await page.keyboard.press('PageDown');
  await expect(serverState(page)).toHaveText('SYN-RECEIVED');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(serverState(page)).toHaveText('LISTEN');
  await expect(clock(page)).toHaveText('0.0 s');
});

test('after a click on the scrub bar or the speed menu, a clicker still steps forward', async ({
  page,
}) => {
  // The app's own bar, not the prerendered first frame's (which the app replaces).
  await openApp(page);
  const scrub = page.getByRole('slider', { name: 'Position in the run' });
  await expect(scrub).toHaveValue('0');
  // A click on the bar's start: the slider has the focus, at event 0.
  const box = (await scrub.boundingBox())!;
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect(scrub).toBeFocused();
  await expect(scrub).toHaveValue('0');
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(scrub).toHaveValue('3');
  await page.keyboard.press('PageUp');
  await expect(scrub).toHaveValue('2');
  // The slider's own arrow moves one event too.
  await page.keyboard.press('ArrowRight');
  await expect(scrub).toHaveValue('3');
  const speed = page.getByRole('combobox', { name: 'Speed' });
  await speed.selectOption('2');
  await speed.focus();
  await page.keyboard.press('PageDown');
  await expect(scrub).toHaveValue('4');
  await expect(speed).toHaveValue('2');
});

test('"?" opens the keyboard shortcuts dialog; Escape closes it and focus goes back', async ({
  page,
}) => {
  await page.goto('./');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  // Focus starts on Close, not on the single-key setting (where Space would turn it off).
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const action of [
    'Play or pause',
    'Step forward',
    'Step back',
    'Jump to start',
    'Jump to end',
    'Slower',
    'Faster',
    'Full screen on or off',
    'Presenter mode',
    'Leave presenter mode',
    'Show or hide this list',
  ])
    await expect(dialog.getByRole('cell', { name: action, exact: true })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: '→ or Page Down or .' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // From its button: Tab stays inside, and Escape gives focus back to the button.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await expect(button).toHaveAttribute('aria-keyshortcuts', '?');
  await button.click();
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('on a 720 px projector the shortcuts list opens at its top, focus on Close', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
  await expect(dialog.getByRole('cell', { name: 'Play or pause', exact: true })).toBeInViewport();
  // The focused Close is in view too (its ring seen), at the foot of the scrolling list.
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
});

test('single-key shortcuts can be turned off: "." does nothing, PageDown still steps', async ({
  page,
}) => {
  await page.goto('./');
  const slider = page.getByRole('slider', { name: 'Position in the run' });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const setting = dialog.getByRole('checkbox', { name: /Single-key shortcuts/ });
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('.');
  await page.keyboard.press('?');
  await expect(slider).toHaveValue('0');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveValue('1');

  // Remembered: still off when the lab is opened again, and back on from the dialog's button.
  await page.goto('./');
  await page.keyboard.press('.');
  await expect(page.getByRole('slider', { name: 'Position in the run' })).toHaveValue('0');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(setting).not.toBeChecked();
  await setting.check();
  await page.keyboard.press('Escape');
  await page.keyboard.press('.');
  await expect(page.getByRole('slider', { name: 'Position in the run' })).toHaveValue('1');
});

test('presenter mode hides the editing chrome and enlarges the caption; Escape leaves it', async ({
  page,
}) => {
  await page.goto('./');
  const faults = page.getByRole('heading', { name: 'Faults' });
  const caption = page.getByTestId('announcer');
  await expect(faults).toBeVisible();
  const normalSize = await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(faults).toBeHidden();
  await expect(page.getByRole('button', { name: /^Download/ })).toHaveCount(0);
  const bigSize = await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(bigSize).toBeGreaterThanOrEqual(22);
  expect(bigSize).toBeGreaterThan(normalSize);
  await expect(page).toHaveURL(/\?present(#|$)/);
  // The transport is still there (stepping by segment here: to the SYN).
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('client-state')).toHaveText('SYN-SENT');
  await page.keyboard.press('Escape');
  await expect(faults).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/present/);
  // "P" and the address both bring it back.
  await page.keyboard.press('p');
  await expect(faults).toBeHidden();
  await page.goto('./?present#v1.p=lost-syn');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('heading', { name: 'Faults' })).toBeHidden();
});

test('?embed shows the timeline, the transport and a way back to the full lab', async ({
  page,
}) => {
  await page.goto('./?embed#v1.p=lost-syn&t=50');
  await expect(page.getByRole('region', { name: 'Client' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Playback' })).toBeVisible();
  await expect(page.getByTestId('announcer')).toBeVisible();
  await expect(page.getByLabel('Scenario')).toHaveCount(0);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveCount(0);
  const link = page.getByRole('link', { name: /^Open in Handshake Lab/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  const origin = new URL(page.url()).origin;
  await expect(link).toHaveAttribute('href', `${origin}/#v1.p=lost-syn&t=50`);
  // The link follows the moment.
  await page.keyboard.press('PageDown');
  await expect(link).toHaveAttribute('href', new RegExp(`^${origin}/#v1\\.p=lost-syn&t=`));
  await expect(link).not.toHaveAttribute('href', /embed/);
});

test('a clicker set to step by segment goes arrow by arrow, remembered after a reload', async ({
  page,
}) => {
  // The app, not the prerendered first frame (its lane headers, one set per layout, would
  // make the lane states below ambiguous while a loaded machine is still starting the app).
  await openApp(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.getByRole('checkbox', { name: 'Step by segment (for a clicker)' }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const announcer = page.getByTestId('announcer');
  // SYN out; SYN in and SYN-ACK out; SYN-ACK in and ACK out; ACK in.
  await page.keyboard.press('PageDown');
  await expect(announcer).toContainText('The client sends SYN 100');
  await page.keyboard.press('PageDown');
  await expect(serverState(page)).toHaveText('SYN-RECEIVED');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('client-state')).toHaveText('ESTABLISHED');
  await page.keyboard.press('PageDown');
  await expect(serverState(page)).toHaveText('ESTABLISHED');
  await expect(clock(page)).toHaveText('0.15 s');
  await page.keyboard.press('PageUp');
  await expect(serverState(page)).toHaveText('SYN-RECEIVED');
  await expect(clock(page)).toHaveText('0.1 s');

  // Opened again from the start: a reload would reopen the moment the address holds by then
  // (written once the playhead has stayed put), and race the keys below.
  await openApp(page);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(serverState(page)).toHaveText('SYN-RECEIVED');
  await expect(clock(page)).toHaveText('0.05 s');
});

test('presenter mode steps by segment until a unit is chosen, the lab by event', async ({
  page,
}) => {
  // Keys once the app has replaced the prerendered frames (early keys: early-input.spec.ts);
  // on a loaded machine the lane states were read from those seven frames, all CLOSED.
  await openApp(page, './?present');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  // SYN out, then SYN in (and SYN-ACK out): not the first two of seven events at 0 s.
  await expect(serverState(page)).toHaveText('SYN-RECEIVED');
  await expect(clock(page)).toHaveText('0.05 s');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(
    dialog.getByRole('checkbox', { name: 'Step by segment (for a clicker)' }),
  ).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Out of presenter mode, event by event.
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('slider', { name: 'Position in the run' })).toHaveValue('2');
  await expect(clock(page)).toHaveText('0.0 s');
});

test('a step by segment in a comparison captions each run’s part of the moment', async ({
  page,
}) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('handshake-lab.step-by', 'segment'));
  await page.goto('./#v1.p=old-duplicate-syn&c=1');
  await reloadApp(page);
  const announcer = page.getByTestId('announcer');
  // The linked comparison is on screen before the first click (its two runs come from the
  // worker: seconds on a loaded 2-core machine).
  await expect(page.getByRole('region', { name: 'Two-way' })).toBeVisible({ timeout: 15_000 });
  await expect(announcer).toHaveText('Start of the run. Nothing has happened yet.');
  // The first step: each run's SYN, not the timer the two-way client set after sending it;
  // the same sentence in both runs, said once for both.
  await page.keyboard.press('PageDown');
  await expect(announcer).toHaveText(/^Both runs, 0\.0 s: The client sends SYN 100[^]*\.$/);
  await expect(announcer).not.toContainText('Two-way');
  // The old copy's arrival: the two-way server's phantom is told, not only the three-way reply.
  const phantom = announcer.getByText(/^Two-way, 3\.05 s: .*a phantom\.$/);
  expect(await stepUntilVisible(phantom, () => page.keyboard.press('PageDown'), 16)).toBe(true);
  await expect(announcer).toContainText('Three-way, 3.05 s: The server sends SYN-ACK 400/101');
});

test('predict mode stops a step by segment at the question too', async ({ page }) => {
  await page.goto('./?predict');
  await page.evaluate(() => localStorage.setItem('handshake-lab.step-by', 'segment'));
  // Again, with the setting, and steps once the app has replaced the prerendered frame: an
  // early key waits for the app, and three half-second tries ran out on a loaded machine.
  await reloadApp(page);
  const question = page.getByRole('heading', { name: 'What does the server send next?' });
  expect(await stepUntilVisible(question, () => page.keyboard.press('PageDown'), 3)).toBe(true);
  // Held before the SYN is processed, though a step by segment would have gone past it.
  await expect(serverState(page)).toHaveText('LISTEN');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('predict-verdict')).toHaveText(
    'The answer: the server sent SYN+ACK, ack number 101.',
  );
});

test('predict mode stops before the SYN reaches the server and grades the answer', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('switch', { name: 'Predict mode' }).click();
  await expect(page).toHaveURL(/\?predict/);
  const prediction = page.getByRole('region', { name: 'Prediction' });
  await expect(prediction).toBeAttached();
  const question = page.getByRole('heading', { name: 'What does the server send next?' });

  // Playing stops just before the arrival: the SYN is at the server's lane, not yet processed.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(question).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(serverState(page)).toHaveText('LISTEN');
  await expect(clock(page)).toHaveText('0.05 s');
  await expect(prediction).toContainText('SYN seq=100 client → server');
  // Said to a screen reader too: the question is in the polite status region.
  await expect(
    page.getByRole('status').filter({ hasText: 'What does the server send next?' }),
  ).toContainText('Arriving now: SYN seq=100 client → server.');

  // Absolute numbers (the default): the SYN-ACK acknowledges the client's ISN + 1 = 101.
  await prediction.getByRole('checkbox', { name: 'SYN' }).check();
  await prediction.getByRole('checkbox', { name: 'ACK' }).check();
  await prediction.getByRole('spinbutton', { name: 'Ack number' }).fill('101');
  await prediction.getByRole('button', { name: 'Reveal' }).click();
  const verdict = page.getByTestId('predict-verdict');
  await expect(verdict).toHaveText('Correct. Flags: correct (SYN+ACK). Ack number: correct (101).');
  await expect(page.getByRole('status').filter({ has: verdict })).toBeAttached();
  // The question's form is gone: focus went on to Play, not to the top of the page.
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  await expect(serverState(page)).toHaveText('SYN-RECEIVED');

  // Stepping stops before the next answered arrival: the SYN-ACK at the client. In relative
  // numbers the client's ACK acknowledges 1 (the server's ISN + 1, minus that ISN).
  await page.getByLabel('Sequence numbers').selectOption('relative');
  const clientQuestion = page.getByRole('heading', { name: 'What does the client send next?' });
  await stepUntilVisible(clientQuestion, () => page.keyboard.press('PageDown'), 5);
  await expect(clientQuestion).toBeVisible();
  await expect(page.getByTestId('client-state')).toHaveText('SYN-SENT');
  await prediction.getByRole('checkbox', { name: 'ACK' }).check();
  await prediction.getByRole('spinbutton', { name: 'Ack number' }).fill('301');
  await prediction.getByRole('button', { name: 'Reveal' }).click();
  await expect(verdict).toHaveText(
    'Not quite. Flags: correct (ACK). Ack number: incorrect. You said 301; the client sent 1.',
  );
});

test('predict mode with a clicker: the step after a question reveals its answer, the next goes on', async ({
  page,
}) => {
  await page.goto('./?present&predict');
  const question = page.getByRole('heading', { name: 'What does the server send next?' });
  expect(await stepUntilVisible(question, () => page.keyboard.press('PageDown'))).toBe(true);
  await expect(serverState(page)).toHaveText('LISTEN');
  // Nothing entered (the room answered aloud): the answer, not a grade.
  await page.keyboard.press('PageDown');
  const verdict = page.getByTestId('predict-verdict');
  await expect(verdict).toHaveText('The answer: the server sent SYN+ACK, ack number 101.');
  await expect(question).toBeHidden();
  await expect(serverState(page)).toHaveText('SYN-RECEIVED');
  // The next click goes on with the run.
  const announcer = page.getByTestId('announcer');
  const before = await announcer.innerText();
  await page.keyboard.press('PageDown');
  await expect(announcer).not.toHaveText(before);
  await expect(question).toBeHidden();
});

test('predict mode: an answer entered and then stepped past is graded, as with Reveal', async ({
  page,
}) => {
  await page.goto('./?predict');
  const question = page.getByRole('heading', { name: 'What does the server send next?' });
  expect(
    await stepUntilVisible(question, () =>
      page.getByRole('button', { name: 'Step forward' }).click(),
    ),
  ).toBe(true);
  const prediction = page.getByRole('region', { name: 'Prediction' });
  await prediction.getByRole('checkbox', { name: 'SYN' }).check();
  await prediction.getByRole('spinbutton', { name: 'Ack number' }).fill('100');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('predict-verdict')).toHaveText(
    'Not quite. Flags: incorrect. You chose SYN; the server sent SYN+ACK. Ack number: incorrect. You said 100; the server sent 101.',
  );
});

test('predict mode: the clicker reveals an answer typed in, the field still focused', async ({
  page,
}) => {
  // The room's answer typed in, then the lecturer's clicker: PageDown belongs to the lab in a
  // one-line field (it did nothing there; only Enter revealed).
  await expect(await openAtFirstQuestion(page)).toBeVisible();
  const prediction = page.getByRole('region', { name: 'Prediction' });
  await prediction.getByRole('checkbox', { name: 'SYN' }).check();
  await prediction.getByRole('checkbox', { name: 'ACK' }).check();
  const ack = prediction.getByRole('spinbutton', { name: 'Ack number' });
  await ack.fill('101');
  await expect(ack).toBeFocused();
  // While the question is asked it is what is said: the caption's last sentence came from
  // before the moment asked about. Out of sight only: it stays the live region that speaks
  // the reveal.
  const caption = page.getByTestId('announcer');
  const captionHeight = async () => (await caption.boundingBox())?.height ?? 0;
  expect(await captionHeight()).toBeLessThanOrEqual(1);
  await expect(caption).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('predict-verdict')).toHaveText(
    'Correct. Flags: correct (SYN+ACK). Ack number: correct (101).',
  );
  await expect(caption).toContainText('The server sends SYN-ACK');
  expect(await captionHeight()).toBeGreaterThan(20);
});

test('predict mode: the lesson’s note for the moment waits until the question is answered', async ({
  page,
}) => {
  await page.goto('./?predict#v1.p=handshake-data-close');
  await expect(page.locator('.lesson-title')).toBeVisible();
  const question = page.getByRole('heading', { name: 'What does the server send next?' });
  await stepUntilVisible(question, () =>
    page.getByRole('button', { name: 'Step forward' }).click(),
  );
  await expect(question).toBeVisible();
  // The note written for this moment tells the server's reply: not while it is the question.
  const note = page.getByTestId('step-note');
  await expect(note).not.toContainText('ack 101');
  await page
    .getByRole('region', { name: 'Prediction' })
    .getByRole('button', { name: 'Reveal' })
    .click();
  await expect(note).toContainText('ack 101');
});

test('predict mode: Play pressed at once on a fresh ?predict page still stops before the first answer', async ({
  page,
}) => {
  // The predict module is lazy: hold it back until Play has been pressed and handled, as on a
  // slow network, so the press certainly comes first.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/PredictMode-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./?predict');
  await expect(clock(page)).toHaveText('0.0 s');
  await page.getByRole('button', { name: 'Play' }).click();
  // Held until the stops can listen: it does not run on past them meanwhile.
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(clock(page)).toHaveText('0.0 s');
  release();
  await expect(
    page.getByRole('heading', { name: 'What does the server send next?' }),
  ).toBeVisible();
  await expect(clock(page)).toHaveText('0.05 s');
  await expect(serverState(page)).toHaveText('LISTEN');
});

test('predict mode: playing fast never shows the reply before the question', async ({ page }) => {
  await page.goto('./?predict');
  await expect(page.getByRole('region', { name: 'Prediction' })).toBeAttached();
  await page.getByLabel('Speed').selectOption('4');
  // Every frame until playback stops at the question: no packet but the SYN is in the air
  // (steps are held back while playing fast; the moving parts must not run ahead of them).
  // Nor does the playhead line (and the curtain it draws back) ever pass the question's moment.
  const watched = page.evaluate(
    () =>
      new Promise<{ tags: string[]; lowest: number; last: number }>((resolve) => {
        const seen = new Set<string>();
        let started = false;
        let lowest = -Infinity;
        const y = () =>
          new DOMMatrixReadOnly(
            getComputedStyle(document.querySelector<HTMLElement>('.playhead')!).transform,
          ).m42;
        const frame = () => {
          for (const tag of document.querySelectorAll<HTMLElement>('.packet .packet-tag'))
            if (!tag.hidden) seen.add(tag.textContent ?? '');
          lowest = Math.max(lowest, y());
          const playing = document.querySelector(
            'button[aria-label="Pause"], .play[aria-label="Pause"]',
          );
          if (playing) started = true;
          if (started && !playing) return resolve({ tags: [...seen], lowest, last: y() });
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  await page.getByRole('button', { name: 'Play' }).click();
  const { tags, lowest, last } = await watched;
  expect(tags.filter((tag) => tag !== 'SYN')).toEqual([]);
  expect(lowest).toBeLessThanOrEqual(last + 0.5);
  await expect(
    page.getByRole('heading', { name: 'What does the server send next?' }),
  ).toBeVisible();
});
