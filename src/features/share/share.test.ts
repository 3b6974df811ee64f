import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet.ts';
import { QUIET_ZONE, qrCodeFor } from './qr-code.ts';

describe('QR code of the link', () => {
  it('is square, with a 4-module quiet zone around the three finder patterns', () => {
    const qr = qrCodeFor('https://example.org/lab/#v1.p=lost-syn&t=3050')!;
    const modules = qr.size - 2 * QUIET_ZONE;
    expect(modules).toBeGreaterThanOrEqual(21);
    expect((modules - 17) % 4).toBe(0); // versions are 21, 25, 29, … modules wide
    // Every run starts inside the quiet zone's border; finder patterns fill the corners.
    const runs = [...qr.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
    expect(Math.min(...runs.map(([x]) => x!))).toBe(QUIET_ZONE);
    expect(Math.min(...runs.map(([, y]) => y!))).toBe(QUIET_ZONE);
    expect(Math.max(...runs.map(([x, , w]) => x! + w!))).toBe(qr.size - QUIET_ZONE);
    expect(runs).toContainEqual([QUIET_ZONE, QUIET_ZONE, 7]); // top-left finder, first row
  });

  it('says no (null) for a link no QR code can hold, and fits a long custom-scenario link', () => {
    expect(qrCodeFor(`https://example.org/#v1.s=${'A'.repeat(4000)}`)).toBeNull();
    expect(qrCodeFor(`https://example.org/#v1.s=${'A'.repeat(2000)}`)).not.toBeNull();
  });
});

describe('embed snippet', () => {
  it('is an iframe of the embed address with a title, attribute values escaped', () => {
    expect(embedSnippet('https://h.example/lab/?embed#v1.p=x&t=5', 'Lab: "A" <b>')).toBe(
      '<iframe src="https://h.example/lab/?embed#v1.p=x&amp;t=5" title="Lab: &quot;A&quot; &lt;b&gt;" width="960" height="600" style="border: 0; max-width: 100%;" loading="lazy" allowfullscreen></iframe>',
    );
  });
});
