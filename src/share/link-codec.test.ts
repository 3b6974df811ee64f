import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import type { Scenario } from '../core/scenario.ts';
import { PRESETS, findPreset } from '../presets/index.ts';
import {
  decodeLink,
  encodeLink,
  fromBase64Url,
  toBase64Url,
  type Experiment,
} from './link-codec.ts';
import golden from './golden-links.json';

const lookup = (id: string): Scenario | undefined => findPreset(id)?.scenario;
const ORIGIN = 'https://handshake-lab.example.org/';

function decoded(link: string): Experiment {
  const r = decodeLink(link, lookup);
  if (!r.ok) throw new Error(`expected a valid link, got ${JSON.stringify(r.error)}`);
  return r.experiment;
}

/** A 32-bit FNV-1a digest of the trace, so a golden link pins the run it reproduces. */
function digest(s: Scenario): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(simulate(s)))
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

describe('links to presets', () => {
  it('are short enough for a QR code (at most 150 characters with the address)', () => {
    for (const p of PRESETS) {
      const link = encodeLink(
        {
          preset: p.id,
          scenario: p.scenario,
          compare: p.compare,
          speed: 1,
          moment: 123456,
          language: 'zh-CN',
        },
        lookup,
      );
      expect((ORIGIN + link).length, link).toBeLessThanOrEqual(150);
    }
  });

  it('write only what differs from the preset, and read back to the same experiment', () => {
    const base = findPreset('lost-syn')!;
    const x: Experiment = {
      preset: 'lost-syn',
      scenario: {
        ...base.scenario,
        protocol: 'two-way',
        latencyMs: 80,
        faults: [
          { match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' },
          { match: { from: 'server', flags: ['SYN', 'ACK'], nth: 1 }, action: 'delay', ms: 300 },
          { match: { from: 'client', nth: 3 }, action: 'duplicate', ms: 12.5 },
        ],
        inject: [{ at: 3000, to: 'server', flags: ['SYN'], seq: 90 }],
      },
      compare: true,
      speed: 2,
      moment: 1050,
    };
    const link = encodeLink(x, lookup);
    expect(link).toBe('#v1.p=lost-syn&w=2&L=80&f=cS1d_sSA1l300_c3x12.5&i=sS90t3000&c=1&v=2&t=1050');
    const back = decoded(link);
    expect(back.preset).toBe('lost-syn');
    expect(simulate(back.scenario)).toEqual(simulate(x.scenario));
    expect(encodeLink(back, lookup)).toBe(link);
  });

  it('say which comparison: c=1 two-way vs three-way (as always), c=p RFC 9293 vs Linux', () => {
    const base = findPreset('lost-syn')!;
    const x = (compare: boolean, compareBy?: 'profiles'): Experiment => ({
      preset: base.id,
      scenario: base.scenario,
      compare,
      ...(compareBy ? { compareBy } : {}),
      speed: 1,
      moment: 2000,
    });
    expect(encodeLink(x(true, 'profiles'), lookup)).toBe('#v1.p=lost-syn&c=p&t=2000');
    expect(encodeLink(x(true), lookup)).toBe('#v1.p=lost-syn&c=1&t=2000');
    // Off is off, whatever the comparison would have been.
    expect(encodeLink(x(false, 'profiles'), lookup)).toBe('#v1.p=lost-syn&t=2000');
    for (const [link, compare, by] of [
      ['#v1.p=lost-syn&c=p', true, 'profiles'],
      ['#v1.p=lost-syn&c=1', true, undefined],
      ['#v1.p=lost-syn&c=0', false, undefined],
      ['#v1.p=lost-syn', false, undefined],
    ] as const) {
      const back = decoded(link);
      expect([back.compare, back.compareBy], link).toEqual([compare, by]);
    }
    // An unreadable comparison costs the link only its comparison.
    const r = decodeLink('#v1.p=lost-syn&c=2', lookup);
    expect(r.ok && [r.experiment.compare, r.ignored]).toEqual([
      false,
      [{ code: 'badCompare', values: {} }],
    ]);
  });

  it('fall back to the full scenario when a change has no short form', () => {
    const base = findPreset('handshake-data-close')!;
    const scenario = { ...base.scenario, title: 'Mein Versuch: Ü', mslMs: 1000 };
    const link = encodeLink(
      { preset: base.id, scenario, compare: false, speed: 1, moment: 0 },
      lookup,
    );
    expect(link.startsWith('#v1.s=')).toBe(true);
    expect(decoded(link).scenario.title).toBe('Mein Versuch: Ü');
    expect(decoded(link).scenario.mslMs).toBe(1000);
  });
});

describe('golden links (every published link shape keeps decoding to the same run)', () => {
  for (const g of golden as {
    link: string;
    trace: string;
    compare: boolean;
    compareBy?: 'profiles';
    moment: number;
  }[]) {
    it(g.link, () => {
      const x = decoded(g.link);
      expect([x.compare, x.compareBy, x.moment]).toEqual([g.compare, g.compareBy, g.moment]);
      expect(digest(x.scenario)).toBe(g.trace);
    });
  }
});

describe('links with a part that only says how to show the experiment, unreadable', () => {
  it.each([
    ['#v1.p=lost-syn&v=5', 'badSpeed', { speed: 1 }],
    ['#v1.p=lost-syn&t=-5', 'badMoment', { moment: 0 }],
    ['#v1.p=lost-syn&t=', 'badMoment', { moment: 0 }],
    ['#v1.p=lost-syn&k=1.5', 'badStep', {}],
    ['#v1.p=lost-syn&l=fr', 'badLanguage', {}],
  ] as const)('%s opens the experiment, that part at its default', (link, code, shown) => {
    const r = decodeLink(link, lookup);
    if (!r.ok) throw new Error(`${link} refused`);
    expect(r.experiment).toMatchObject({ preset: 'lost-syn', ...shown });
    expect(r.experiment.language).toBeUndefined();
    expect(r.experiment.step).toBeUndefined();
    expect(r.ignored.map((p) => p.code)).toEqual([code]);
  });
});

describe('bad links', () => {
  it.each([
    ['#v2.p=lost-syn', 'newer-version'],
    ['#lost-syn', 'it does not start with a version tag such as "v1."'],
    ['#v1.p=nope', 'there is no preset called "nope"'],
    ['#v1.p=lost-syn&f=cS1q', 'its fault list is garbled at "cS1q"'],
    ['#v1.p=lost-syn&f=cSS1d', 'its fault list is garbled at "cSS1d"'],
    [
      '#v1.p=lost-syn&f=cS0d',
      'its changes make an invalid scenario: faults[0].match.nth: must be a whole number ≥ 1, got 0',
    ],
    ['#v1.p=lost-syn&zz=1', 'it has an unknown part "zz"'],
    ['#v1.s=%%%', 'the value of "s" is not valid percent-encoding'],
    ['#v1.s=!!!!', 'the scenario part is not valid base64url text'],
    [
      `#v1.s=${toBase64Url('{"version":1,"seed":-1}')}`,
      'its scenario is invalid: seed: must be a whole number from 0 to 4294967295, got -1',
    ],
    [`#v1.s=${toBase64Url('<script>alert(1)</script>')}`, 'the scenario part is not valid JSON'],
  ])('%s is refused with a message naming the problem', (link, expected) => {
    const r = decodeLink(link, lookup);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.kind === 'newer-version' ? 'newer-version' : r.error.detail).toBe(expected);
  });

  it('never throw: random and mutated links decode or fail with a message', () => {
    const links = PRESETS.map((p) =>
      encodeLink(
        { preset: p.id, scenario: p.scenario, compare: p.compare, speed: 1, moment: 500 },
        lookup,
      ),
    );
    const mutated = fc
      .tuple(fc.constantFrom(...links), fc.nat(200), fc.string({ maxLength: 6 }), fc.nat(6))
      .map(
        ([link, at, insert, cut]) =>
          link.slice(0, at % (link.length + 1)) +
          insert +
          link.slice((at % (link.length + 1)) + cut),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated), (link) => {
        const r = decodeLink(link, lookup);
        if (!r.ok && r.error.kind === 'malformed') expect(r.error.detail.length).toBeGreaterThan(5);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('base64url', () => {
  it('round-trips any text, including non-ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(fromBase64Url(toBase64Url(s))).toBe(s);
      }),
    );
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(fromBase64Url('_w')).toBeNull(); // 0xFF
  });
});
