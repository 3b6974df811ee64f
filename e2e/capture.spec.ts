// Issue 5: a real capture opened through the file input is drawn on the timeline, lanes named
// by address, states marked as inferred, numbers relative as Wireshark shows them; a file
// that is not a capture gets an alert and the lab keeps working.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openLabWithCleanConsole } from './console-guard.ts';

openLabWithCleanConsole();

const FIXTURE = join(import.meta.dirname, '../test/fixtures/linux/plain-connect-close.pcap');
const FILE_LABEL = 'Open a capture file (pcap or pcapng)';

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Open a capture…' }).click();
  await expect(page.getByLabel(FILE_LABEL)).toBeVisible();
}

test('a real capture: conversation list, address lanes, inferred states, relative numbers, inspector', async ({
  page,
}) => {
  await openPanel(page);
  await page.getByLabel(FILE_LABEL).setInputFiles(FIXTURE);
  const conversation = page.getByRole('radio', { name: /^10\.200\.0\.1:40000 → 10\.200\.0\.2:80/ });
  await expect(conversation).toBeChecked();
  await expect(page.getByRole('group', { name: 'TCP conversations' })).toContainText('first SYN');
  await conversation.check();

  const client = page.getByRole('region', { name: 'Client 10.200.0.1:40000' });
  const server = page.getByRole('region', { name: 'Server 10.200.0.2:80' });
  await expect(client).toContainText('10.200.0.1:40000');
  await expect(server).toContainText('10.200.0.2:80');
  await expect(page.getByTestId('capture-caption')).toContainText(
    'states inferred from the captured segments',
  );
  await expect(page.getByLabel('Scenario')).toHaveValue('#capture');
  // Faults and export act on scenarios: replaced by a note while the capture is shown.
  await expect(
    page.getByRole('button', { name: 'Download pcap (opens in Wireshark)' }),
  ).toHaveCount(0);
  await expect(page.getByText('go back to the simulation to use them')).toBeVisible();

  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(server).toContainText('(inferred)');
  // Only what is in view is in the page: back to the top of the run to see the handshake.
  await page.locator('.timeline-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
  const arrows = page.locator('[data-segment-id]');
  await expect(arrows.nth(0)).toHaveAttribute(
    'aria-label',
    /^SYN seq=0 client → server, seen in the capture$/,
  );
  await expect(arrows.nth(1)).toHaveAttribute('aria-label', /^SYN ACK seq=0 ack=1 server → client/);
  await expect(arrows.nth(2)).toHaveAttribute('aria-label', /^ACK seq=1 ack=1 client → server/);

  await arrows.nth(1).click();
  const inspector = page.getByRole('region', { name: 'Segment inspector' });
  await expect(inspector.locator('[data-flag="SYN"]')).toHaveAttribute('data-set', 'true');
  await expect(inspector.locator('[data-flag="ACK"]')).toHaveAttribute('data-set', 'true');
  await expect(inspector.locator('[data-field="seq"] .si-value')).toHaveText(/^0 \(/);
  // Absolute numbers in the inspector switch the arrows too, and back.
  await inspector.getByRole('radio', { name: 'Absolute' }).check();
  await expect(inspector.locator('[data-field="seq"] .si-value')).not.toHaveText(/^0 \(/);
  await expect(arrows.nth(0)).not.toHaveAttribute('aria-label', /^SYN seq=0 /);
  await inspector.getByRole('radio', { name: 'Relative' }).check();
  await expect(arrows.nth(0)).toHaveAttribute('aria-label', /^SYN seq=0 /);

  // The link still names the scenario; going back runs it again.
  expect(page.url()).not.toContain('capture');
  await page.getByRole('button', { name: 'Back to the simulation' }).click();
  await expect(page.getByRole('region', { name: 'Client', exact: true })).toContainText('CLOSED');
  await expect(
    page.getByRole('button', { name: 'Download pcap (opens in Wireshark)' }),
  ).toBeVisible();
});

test('a file that is not a capture: an alert, and the default lab still plays', async ({
  page,
}) => {
  await openPanel(page);
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) & 0xff));
  await page
    .getByLabel(FILE_LABEL)
    .setInputFiles({ name: 'junk.pcap', mimeType: 'application/octet-stream', buffer: junk });
  await expect(page.getByRole('alert')).toContainText(
    'junk.pcap: not a pcap or pcapng file (magic 0x078a0d90)',
  );
  // Worded in the page's language when it is read: a switch to 简体中文 says it again.
  const language = page.getByRole('combobox', { name: 'Language / 语言' });
  await language.selectOption('zh-CN');
  await expect(page.getByRole('alert')).toContainText(
    'junk.pcap：不是 pcap 或 pcapng 文件（魔数 0x078a0d90）。实验保持不变。',
  );
  await language.selectOption('en');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('region', { name: 'Server', exact: true })).toContainText(
    'ESTABLISHED',
    {
      timeout: 15_000,
    },
  );
});

test('a capture dropped on the panel opens like a chosen one', async ({ page }) => {
  await openPanel(page);
  const bytes = [...readFileSync(FIXTURE)];
  await page.evaluate((data) => {
    const zone = document.querySelector('.capture-drop')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'dropped.pcap'));
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, bytes);
  await expect(page.getByTestId('capture-caption')).toContainText('dropped.pcap');
  await expect(page.getByRole('region', { name: 'Server 10.200.0.2:80' })).toBeVisible();
});
