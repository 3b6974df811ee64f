// Sharing and files: the Share dialog gives the page's own link (copied, as a QR code, as an
// embed snippet); a scenario leaves as JSON and comes back from the file (or from the exported
// SVG); a bad file is said plainly and the current scenario stays; the diagram downloads as SVG
// and PNG made from the trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const CAPTURE = join(import.meta.dirname, '../test/fixtures/linux/plain-connect-close.pcap');
const scenarioPicker = (page: Page) => page.getByLabel('Scenario', { exact: true });
const importButton = (page: Page) => page.getByRole('button', { name: 'Import scenario' });

/** "Import scenario", choosing this file in the file chooser it opens. */
async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    importButton(page).click(),
  ]);
  await chooser.setFiles(file);
}

async function settledUrl(page: Page): Promise<string> {
  // The address follows the moment once stepping stops: wait until it no longer changes.
  await expect
    .poll(async () => {
      const first = page.url();
      await page.waitForTimeout(600);
      return first === page.url();
    })
    .toBe(true);
  return page.url();
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('Share: copy the link, scan the QR code, embed; Escape returns to the Share button', async ({
  page,
}) => {
  await scenarioPicker(page).selectOption({ label: 'Lost SYN: retransmission and back-off' });
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  const url = await settledUrl(page);
  expect(url).toMatch(/#v1\.p=lost-syn&.*k=\d+$/);

  const share = page.getByRole('button', { name: 'Share', exact: true });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/^Link to this experiment/)).toHaveValue(url);

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const qr = dialog.getByRole('img', { name: 'QR code of the link' });
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(280); // big enough to scan off a projector
  expect(box.height).toBeCloseTo(box.width, 0);

  const hash = url.slice(url.indexOf('#'));
  const base = url.slice(0, url.indexOf('#'));
  const snippet = await dialog.getByLabel('Embed in a web page').inputValue();
  expect(snippet).toContain(`src="${base}?embed${hash.replace(/&/g, '&amp;')}"`);
  expect(snippet).toMatch(/^<iframe [^>]*title="Handshake Lab: Lost SYN[^"]*"[^>]*><\/iframe>$/);
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  // Keys inside the dialog are not the lab's shortcuts; Escape closes it.
  await page.keyboard.press('ArrowRight');
  expect(page.url()).toBe(url);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
});

test('Export scenario (JSON) and Import scenario bring back the same experiment', async ({
  page,
}) => {
  await scenarioPicker(page).selectOption({ label: 'Lost SYN: retransmission and back-off' });
  await expect(page).toHaveURL(/#v1\.p=lost-syn$/);
  // An edited scenario: drop the server's first SYN-ACK as well.
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await page.getByRole('button', { name: /^SYN ACK seq=300 ack=101 server → client/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Drop' }).click();
  await expect(page).toHaveURL(/#v1\.p=lost-syn&f=cS1d_cS2d_sSA1d/);
  const faults = await page.getByRole('list', { name: 'Fault rules in force' }).innerText();

  const json = await download(page, 'Export scenario (JSON)');
  expect(json.name).toBe('lost-syn.json');
  const text = json.bytes.toString('utf8');
  expect(text).toMatch(/^\{\n {2}"version": 1,\n/); // pretty-printed, format v1
  expect(JSON.parse(text).faults).toHaveLength(3);

  await scenarioPicker(page).selectOption({ label: 'Simultaneous open' });
  await expect(page).toHaveURL(/#v1\.p=simultaneous-open$/);
  await importFile(page, { name: json.name, mimeType: 'application/json', buffer: json.bytes });
  await expect
    .poll(() => page.getByRole('list', { name: 'Fault rules in force' }).innerText())
    .toBe(faults);
  await expect(scenarioPicker(page)).toHaveValue('');
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  // The same scenario: exporting it again gives the same file, byte for byte.
  const again = await download(page, 'Export scenario (JSON)');
  expect(again.bytes.toString('utf8')).toBe(text);
  // Importing was a navigation: Back returns to the scenario before it.
  await page.goBack();
  await expect(scenarioPicker(page)).toHaveValue('simultaneous-open');
});

test('a bad file says what is wrong and the current scenario stays', async ({ page }) => {
  await scenarioPicker(page).selectOption({ label: 'Connecting to a closed port' });
  await expect(page).toHaveURL(/#v1\.p=closed-port$/);
  const url = page.url();
  const alert = page.getByRole('alert');

  for (const [name, content, message] of [
    [
      'bad-field.json',
      '{ "version": 1, "faults": [{ "match": { "from": "client", "nth": 0 }, "action": "drop" }] }',
      /“bad-field\.json” cannot be opened: faults\[0\]\.match\.nth: must be a whole number ≥ 1, got 0/,
    ],
    [
      'broken.json',
      '{\n  "version": 1,\n  "seed": \n}',
      /“broken\.json” cannot be opened: scenario: is not valid JSON: line 4, column 1/,
    ],
    ['notes.txt', 'just some text', /“notes\.txt” is not a scenario file/],
    [
      'picture.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      /without a Handshake Lab scenario/,
    ],
  ] as const) {
    await importFile(page, { name, mimeType: 'text/plain', buffer: Buffer.from(content) });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('The current scenario is kept.');
    await expect(scenarioPicker(page)).toHaveValue('closed-port');
    expect(page.url()).toBe(url);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(page.getByRole('button', { name: /^ACK RST / })).toBeVisible();
});

test('a file dropped on the page: overlay while dragging, routed by its content', async ({
  page,
}) => {
  // Ready once the file controls (loaded after the first frame) are there.
  await expect(importButton(page)).toBeVisible();
  const drag = async (type: string, name: string, bytes: number[]) =>
    page.evaluate(
      ([type, name, bytes]) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name));
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      },
      [type, name, bytes] as const,
    );
  // A real capture goes to the capture importer, whatever its name says.
  const pcap = [...readFileSync(CAPTURE)];
  await drag('dragenter', 'trace.bin', pcap);
  await expect(page.getByTestId('drop-overlay')).toContainText('Drop a scenario file');
  await drag('drop', 'trace.bin', pcap);
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Client 10.200.0.1:40000' })).toBeVisible();
  await expect(scenarioPicker(page)).toHaveValue('#capture');

  const scenario = {
    version: 1,
    title: 'Dropped',
    actions: [{ at: 0, host: 'server', call: 'listen' }],
  };
  await drag('drop', 'dropped.json', [...Buffer.from(`\n  ${JSON.stringify(scenario)}`)]);
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page).toHaveURL(/#v1\.s=/);
  await expect(scenarioPicker(page)).toHaveValue('');
});

test('Download SVG and PNG: the whole run, made from the trace; the SVG reopens the scenario', async ({
  page,
}) => {
  await scenarioPicker(page).selectOption({ label: 'Lost SYN: retransmission and back-off' });
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');

  await page.getByRole('button', { name: 'Copy Mermaid text' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  const mermaid = await page.evaluate(() => navigator.clipboard.readText());
  expect(mermaid).toMatch(/^sequenceDiagram\n/);
  expect(mermaid).toContain('    Client-xServer: SYN seq=100 (lost)\n');
  // Mermaid has one message per segment, `-x` for each lost one: the SVG must agree.
  const messages = mermaid.split('\n').filter((l) => /^ {4}(Client|Server)(->>|-x)/.test(l));
  const lost = messages.filter((l) => l.includes('-x'));
  expect(lost).toHaveLength(2);

  const svg = await download(page, 'Download SVG');
  expect(svg.name).toBe('lost-syn.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      paths: doc.querySelectorAll('path').length,
      drops: [...doc.querySelectorAll('text')].filter((t) => t.textContent === '✕').length,
      metadata: doc.querySelector('metadata')?.textContent ?? '',
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.paths).toBe(messages.length);
  expect(parsed.drops).toBe(lost.length);
  expect(JSON.parse(parsed.metadata).faults).toHaveLength(2);

  const png = await download(page, 'Download PNG');
  expect(png.name).toBe('lost-syn.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const colours = await page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(
        new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { width: bitmap.width, distinct: seen.size };
    },
    [...png.bytes],
  );
  expect(colours.width).toBeGreaterThanOrEqual(960);
  expect(colours.distinct).toBeGreaterThan(10); // lanes, states, arrows: not blank

  // The exported picture carries the scenario: importing it opens the same preset.
  await scenarioPicker(page).selectOption({ label: 'Simultaneous open' });
  await importFile(page, { name: svg.name, mimeType: 'image/svg+xml', buffer: svg.bytes });
  await expect(scenarioPicker(page)).toHaveValue('lost-syn');
  await expect(page).toHaveURL(/#v1\.p=lost-syn$/);
});
