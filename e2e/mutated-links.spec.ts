// A thousand hand-edited, truncated and garbled links: none may break the page. Each is
// opened the way a reader opens a link (the address changes; every 100th is a full page load),
// and the codec itself says what the page should do: a link it rejects must produce a
// visible message naming the problem, a link it accepts must run.
import { expect, test } from '@playwright/test';
import { watchConsole } from './console-guard.ts';
import { decodeLink, encodeLink, type LinkError } from '../src/share/link-codec.ts';
import { findBuiltIn, BUILT_IN_SCENARIOS } from '../src/app/builtin-scenarios.ts';

const lookup = (id: string) => findBuiltIn(id)?.scenario;
const MUTATIONS = 1000;
const SEED = 0x5eed_2026;

/** A small seeded generator (mulberry32): the same thousand links on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters people and mail programs put into links, plus hostile ones. */
const ALPHABET =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=&~%<>"\'#/?+ é中';

function mutate(link: string, random: () => number): string {
  const at = (n: number) => Math.floor(random() * n);
  const char = () => ALPHABET[at(ALPHABET.length)]!;
  const pos = at(link.length + 1);
  switch (at(7)) {
    case 0: // delete a character
      return link.slice(0, pos) + link.slice(pos + 1);
    case 1: // insert one
      return link.slice(0, pos) + char() + link.slice(pos);
    case 2: // replace one
      return link.slice(0, pos) + char() + link.slice(pos + 1);
    case 3: // truncated by a mail program
      return link.slice(0, Math.max(1, pos));
    case 4: {
      // a stretch repeated
      const end = Math.min(link.length, pos + 1 + at(12));
      return link.slice(0, end) + link.slice(pos, end) + link.slice(end);
    }
    case 5: // another version
      return link.replace(/^#v\d+/, `#v${at(12)}`);
    default: {
      // a number made huge or negative
      return link.replace(/\d+/, (d) => (random() < 0.5 ? `-${d}` : `${d}999999999999`));
    }
  }
}

/** The message the page must show for a link the codec rejects (English catalogue). */
function expectedMessage(error: LinkError): string {
  return error.kind === 'newer-version' ? 'made by a newer version' : error.detail;
}

function seedLinks(): string[] {
  const links: string[] = [];
  for (const b of BUILT_IN_SCENARIOS) {
    links.push(
      encodeLink(
        { scenario: b.scenario, preset: b.id, compare: b.compare, speed: 1, moment: 0 },
        lookup,
      ),
    );
    // The same scenario written out in full (as an edited scenario is), at a moment.
    links.push(
      encodeLink({ scenario: b.scenario, compare: !b.compare, speed: 2, moment: 1000 }, lookup),
    );
  }
  return links.filter((l) => l.startsWith('#v'));
}

interface Case {
  hash: string;
  /** The message the page must show, or null when the codec accepts the link. */
  message: string | null;
}

/** The thousand cases, with the fragment as a browser holds it (it escapes some characters). */
function cases(): Case[] {
  const random = generator(SEED);
  const seeds = seedLinks();
  const out: Case[] = [];
  let previous = '';
  for (let i = 0; i < MUTATIONS; i++) {
    const candidate = mutate(seeds[Math.floor(random() * seeds.length)]!, random);
    const hash = new URL(`http://lab.test/${candidate.startsWith('#') ? '' : '#'}${candidate}`)
      .hash;
    if (hash === previous || hash === '' || hash === '#') continue;
    previous = hash;
    const decoded = decodeLink(hash, lookup);
    out.push({ hash, message: decoded.ok ? null : expectedMessage(decoded.error) });
  }
  return out;
}

/**
 * Opens each link in the page by changing only the fragment (popstate, the path Back and
 * Forward take) and returns a line for every rejected link whose message did not appear.
 */
function openInPage(batch: Case[]): Promise<string[]> {
  return (async () => {
    const failures: string[] = [];
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let previous: string | null = null;
    for (const c of batch) {
      // The same message twice in a row: let the dismissed one go first, so the second
      // has to be shown anew.
      if (c.message !== null && c.message === previous) await frame();
      previous = c.message;
      location.hash = c.hash;
      if (c.message === null) {
        await frame();
        continue;
      }
      let shown = '';
      for (let waited = 0; waited < 100 && !shown.includes(c.message); waited++) {
        await frame();
        shown = document.querySelector('[role=alert]')?.textContent ?? '';
      }
      if (!shown.includes(c.message))
        failures.push(`${c.hash}: expected "${c.message}", saw "${shown}"`);
      // Dismiss, so the next rejected link has to bring its own message.
      document.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    }
    return failures;
  })();
}

test('1,000 randomly mutated links: no page error, a visible message for each rejected one', async ({
  page,
}) => {
  // A soak test: 1,000 page states, 3–4 minutes on two loaded cores.
  test.setTimeout(360_000);
  const problems = watchConsole(page);
  const all = cases();
  const client = page.getByRole('region', { name: 'Client' }).first();
  const BATCH = 100;
  for (let from = 0; from < all.length; from += BATCH) {
    const batch = all.slice(from, from + BATCH);
    // The first link of each batch is opened as a fresh page load, the rest in place.
    const first = batch[0]!;
    await page.goto(`./${first.hash}`);
    if (first.message !== null) await expect(page.getByRole('alert')).toContainText(first.message);
    await expect(client).toBeVisible();
    expect(await page.evaluate(openInPage, batch.slice(1))).toEqual([]);
    await expect(client).toBeVisible();
    expect(problems, `links ${from}–${from + BATCH - 1}`).toEqual([]);
  }
  // Both outcomes were exercised, and the lab still plays after all of it.
  const rejected = all.filter((c) => c.message !== null).length;
  expect(rejected).toBeGreaterThan(100);
  expect(all.length - rejected).toBeGreaterThan(30);
  await page.goto('./');
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(client).toContainText('CLOSED');
  expect(problems).toEqual([]);
});
