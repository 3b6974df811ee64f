// The run leaves the lab as a pcap file Wireshark opens: made from the trace in the browser.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('Download pcap saves a classic libpcap file with one packet per segment on the wire', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Scenario').selectOption({ label: 'Connecting to a closed port' });
  await expect(page.locator('.transport-bar .status')).toContainText('Simulated');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download pcap (opens in Wireshark)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('closed-port-three-way.pcap');
  const bytes = readFileSync((await download.path())!);
  // Magic a1b2c3d4 written little-endian, version 2.4, LINKTYPE_RAW (101).
  expect([...bytes.subarray(0, 4)]).toEqual([0xd4, 0xc3, 0xb2, 0xa1]);
  expect(bytes.readUInt32LE(20)).toBe(101);
  // The SYN and the RST,ACK: two 40-byte IPv4/TCP packets, each with a 16-byte record header.
  expect(bytes.length).toBe(24 + 2 * (16 + 40));
  const flagsOf = (packet: number) => bytes[24 + packet * 56 + 16 + 20 + 13];
  expect([flagsOf(0), flagsOf(1)]).toEqual([0x02, 0x14]); // SYN; RST+ACK
});
