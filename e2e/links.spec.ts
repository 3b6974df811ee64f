// The link is the experiment: what the address holds reopens the same run at the same moment,
// in a fresh browser; a broken link says what is wrong and the lab keeps working.
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console-guard.ts';

/** What a viewer sees of the run: lane states, the caption, the clock, the fault list. */
async function view(page: Page) {
  return {
    client: await page.getByRole('region', { name: 'Client' }).first().innerText(),
    server: await page.getByRole('region', { name: 'Server' }).first().innerText(),
    caption: await page.getByTestId('announcer').innerText(),
    clock: await page.locator('.clock').innerText(),
    faults: await page.getByRole('list', { name: 'Fault rules in force' }).innerText(),
  };
}

test('a preset with a changed fault, paused mid-run, reopens identically in a fresh browser', async ({
  page,
  browser,
}) => {
  const problems = watchConsole(page);
  await page.goto('./');
  await page
    .getByLabel('Scenario')
    .selectOption({ label: 'Lost SYN: retransmission and back-off' });
  await expect(page).toHaveURL(/#v1\.p=lost-syn$/);
  // Drop the server's first SYN-ACK too, then step to a moment after it.
  for (let i = 0; i < 30; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: /^SYN ACK seq=300 ack=101 server → client/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Drop' }).click();
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page).toHaveURL(/#v1\.p=lost-syn&f=cS1d_cS2d_sSA1d&t=\d+(&k=\d+)?$/);
  // The address follows the moment once stepping settles: wait until it stops changing.
  await expect
    .poll(async () => {
      const first = page.url();
      await page.waitForTimeout(800);
      return first === page.url();
    })
    .toBe(true);
  const link = page.url();
  const before = await view(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherProblems = watchConsole(other);
  await other.goto(link);
  await expect(other.locator('.clock')).toHaveText(before.clock);
  expect(await view(other)).toEqual(before);
  await expect(other.getByRole('button', { name: 'Play' })).toBeVisible(); // paused there
  await fresh.close();
  expect([...problems, ...otherProblems]).toEqual([]);
});

test('choosing another scenario is a history entry: Back returns to the previous one', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Scenario').selectOption({ label: 'Connecting to a closed port' });
  await expect(page).toHaveURL(/#v1\.p=closed-port$/);
  await page.getByLabel('Scenario').selectOption({ label: 'Simultaneous open' });
  await expect(page).toHaveURL(/#v1\.p=simultaneous-open$/);
  await page.goBack();
  await expect(page.getByLabel('Scenario')).toHaveValue('closed-port');
});

test('a broken, hostile or newer link says what is wrong and the lab still works', async ({
  page,
}) => {
  const problems = watchConsole(page);
  for (const [hash, message] of [
    ['#v1.p=lost-syn&f=cS1q', 'its fault list is garbled at "cS1q"'],
    ['#v9.p=lost-syn', 'made by a newer version of Handshake Lab'],
    ['#v1.s=PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg', 'the scenario part is not valid JSON'],
  ] as const) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('alert')).toContainText(message);
    // Opened with the link (the first: the next ones change only the fragment of the open
    // page): what is shown instead is the default, not a scenario of the user's.
    if (hash.startsWith('#v1.p=lost-syn'))
      await expect(page.getByRole('alert')).toContainText(
        'The lab has opened with its default scenario instead.',
      );
    // The reader's input is wrong, not the lab: no "Something went wrong".
    await expect(page.getByRole('alert')).not.toContainText('Something went wrong');
    await expect(page.getByRole('region', { name: 'Client' })).toBeVisible();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expect(page.getByRole('region', { name: 'Client' })).toContainText('CLOSED');
  }
  // A bad link followed from the open page leaves what was open.
  await page.getByLabel('Scenario').selectOption('lost-syn');
  await page.evaluate(() => (location.hash = '#v1.p=nonexistent'));
  await expect(page.getByRole('alert')).toContainText('The current scenario is shown instead.');
  await expect(page.getByLabel('Scenario')).toHaveValue('lost-syn');
  // A good link opened next replaces the message about the bad one.
  await page.evaluate(() => (location.hash = '#v1.p=closed-port'));
  await expect(page.getByLabel('Scenario')).toHaveValue('closed-port');
  await expect(page.getByRole('alert')).toBeHidden();
  expect(problems).toEqual([]);
});

test('a link with an unreadable language or moment still opens its experiment, and says what was left out', async ({
  page,
}) => {
  await page.goto('./#v1.p=closed-port&l=fr&t=-5');
  await expect(page.locator('.lesson-title')).toHaveText('Connecting to a closed port');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This link is open; what could not be read in it');
  await expect(alert).toContainText('the language must be one of en, zh-CN');
  await expect(alert).toContainText('the moment "t" must be a time in ms, 0 or more');
  // The address shows the experiment as it is open now, without the parts left out.
  await expect(page).toHaveURL(/#v1\.p=closed-port$/);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(page.getByRole('button', { name: /^ACK RST / })).toBeVisible();
});
