// 简体中文 and English, switchable at any time: the narration, the controls' names and the
// lesson texts follow the language; the playhead does not move; the link and a reload keep
// the choice, and a visitor whose browser prefers Chinese gets Chinese on the first visit.
import { expect, test, type Page } from '@playwright/test';
import { openLabWithCleanConsole, watchConsole } from './console-guard.ts';

const HAN = /[\u4e00-\u9fff]/;
const languagePicker = (page: Page) => page.getByRole('combobox', { name: 'Language / 语言' });

test.describe('an English visitor', () => {
  openLabWithCleanConsole();

  test('switches to 简体中文 mid-run and back, at the same moment', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const step = page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 4; i++) await step.click();
    const announcer = page.getByTestId('announcer');
    const englishTime = (await announcer.innerText()).split(' s: ')[0]!;
    const clock = await page.locator('.clock').innerText();

    await languagePicker(page).selectOption({ label: '简体中文' });
    // Chinese narration for the same event, at the same moment.
    await expect(announcer).toContainText(`${englishTime} 秒：`);
    await expect(announcer).toContainText(HAN);
    await expect(page.locator('.clock')).toHaveText(clock.replace(/ s$/, ' 秒'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('button', { name: 'Step forward' })).toHaveCount(0);

    // Chinese button names; stepping narrates in Chinese.
    const stepZh = page.getByRole('button', { name: '单步前进' });
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    for (let i = 0; i < 3; i++) {
      const before = await announcer.innerText();
      await stepZh.click();
      await expect(announcer).not.toHaveText(before);
      await expect(announcer).toHaveText(/^[\d.]+ 秒：.*[\u4e00-\u9fff].*。$/);
    }
    await expect(page.getByRole('region', { name: '客户端' }).first()).toBeVisible();

    // A preset's lesson texts in Chinese, picked by its Chinese title.
    await page.getByLabel('场景').selectOption({ label: 'SYN 丢失：重传与退避' });
    await expect(page.locator('.lesson-title')).toHaveText('SYN 丢失：重传与退避');
    await expect(page).toHaveURL(/#v1\.p=lost-syn&l=zh-CN$/);
    await stepZh.click();
    await expect(page.getByTestId('step-note')).toContainText('重传定时器');
    // A scenario with step notes folds its introduction once started, for the notes' room.
    await expect(page.locator('.lesson-intro')).not.toHaveAttribute('open');
    // The tab names the experiment in the page's language.
    await expect(page).toHaveTitle('SYN 丢失：重传与退避 — Handshake Lab 握手实验室');

    // Back to English: everything, at once.
    await languagePicker(page).selectOption({ label: 'English' });
    await expect(page.getByRole('button', { name: 'Step forward' })).toBeVisible();
    await expect(page.locator('.lesson-title')).toHaveText('Lost SYN: retransmission and back-off');
    await expect(announcer).not.toContainText(HAN);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/#v1\.p=lost-syn(&t=\d+)?(&k=\d+)?$/);
    await expect(page).toHaveTitle('Lost SYN: retransmission and back-off — Handshake Lab');
  });

  test('a link with l=zh-CN opens in Chinese, and a reload keeps it', async ({ page }) => {
    await page.goto('./#v1.p=old-duplicate-syn&c=1&t=3050&l=zh-CN');
    await expect(page.getByRole('button', { name: '单步前进' })).toBeVisible();
    await expect(page.locator('.lesson-title')).toHaveText('旧的重复 SYN：为什么 TCP 需要三次握手');
    await expect(page.getByTestId('verdict-two-way')).toHaveText(
      // At 3.05 s the phantom has just opened (the verdict follows the playhead).
      '两次握手：服务器自 3.05 秒起持有一个幽灵连接',
    );
    await expect(page.getByTestId('announcer')).toContainText(HAN);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.reload();
    await expect(page.getByRole('button', { name: '单步前进' })).toBeVisible();
    await expect(page.getByRole('switch', { name: '两次握手 vs 三次握手' })).toBeChecked();
  });

  test('a broken scenario file is explained in the page’s language, worded again after a switch', async ({
    page,
  }) => {
    await languagePicker(page).selectOption('zh-CN');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入场景' }).click(),
    ]);
    await chooser.setFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{ "version": 1, "latencyMs": "fast", "faults": [{ "match": { "from": "client", "nth": 1 }, "action": "delay" }] }',
      ),
    });
    const banner = page.locator('.error-banner');
    // Each problem names its field and says, in Chinese, what it must be and what it got.
    await expect(banner).toContainText('无法打开“bad.json”');
    await expect(banner).toContainText('latencyMs：必须是 0 到 ');
    await expect(banner).toContainText('实际是 "fast"（文本）');
    await expect(banner).toContainText('faults[0].ms：必须填写：额外的时延（毫秒）');
    await expect(banner).not.toContainText('must be');
    await languagePicker(page).selectOption('en');
    await expect(banner).toContainText('“bad.json” cannot be opened: latencyMs: must be a number');
    await expect(banner).toContainText('got "fast" (a text)');
    await expect(banner).toContainText('faults[0].ms: is required: the extra delay');
  });

  test('a broken link is explained in the page’s language, worded again after a switch', async ({
    page,
  }) => {
    await page.goto('./#v1.p=nonexistent');
    const banner = page.locator('.error-banner');
    await expect(banner).toContainText('This link cannot be opened: there is no preset called');
    await languagePicker(page).selectOption('zh-CN');
    await expect(banner).toContainText('无法打开此链接：没有名为 “nonexistent” 的预设场景');
    await expect(banner).not.toContainText('preset');
  });

  test('the choice is remembered without the link', async ({ page }) => {
    await languagePicker(page).selectOption('zh-CN');
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    await expect(page).toHaveURL(/l=zh-CN/);
    await page.goto('./');
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    await expect(languagePicker(page)).toHaveValue('zh-CN');
  });
});

test.describe('a visitor whose browser prefers Chinese', () => {
  test.use({ locale: 'zh-TW' });

  test('sees 简体中文 on the first visit, with a clean console', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('./');
    await expect(page.getByRole('button', { name: '单步前进' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('握手实验室');
    await page.getByRole('button', { name: '单步前进' }).click();
    await expect(page.getByTestId('announcer')).toContainText('秒：服务器');
    // An English link from a colleague still opens in the reader's language.
    await page.goto('./#v1.p=lost-syn');
    await expect(page.locator('.lesson-title')).toHaveText('SYN 丢失：重传与退避');
    expect(problems).toEqual([]);
  });
});
