// The experiment in a link: scenario (or preset plus changes), view state and the moment,
// in a URL fragment that stays short enough for a QR code and keeps working forever.
//
//   #v1.p=old-duplicate-syn&c=1&t=3050          a preset, side by side, paused at 3.05 s
//   #v1.p=lost-syn&c=p                          a preset under RFC 9293 next to Linux
//   #v1.p=lost-syn&f=cS1d_sSA1l300&w=2          a preset with other faults, two-way
//   #v1.s=eyJ2ZXJzaW9uIjoxLC4uLn0               any other scenario, as base64url JSON
//
// Shape v1 is frozen: keys may be added, never renamed or given new meanings. A link from
// a newer version (v2…) is recognised and reported as such. Only non-default fields are
// written. Pure: no DOM, no Node APIs (base64 is done here), never throws on any input.
//
// This module writes links (and holds what reading shares with writing); reading them, which
// validates the scenario a link carries, is link-codec.ts. The page writes its address from
// the first frame on, and loads the reader only when there is a link to read.

import type { LINK_PROBLEMS } from './link-problems.en.ts';
import type { Phrase } from '../scenario/phrases.ts';
import { DEFAULTS, type Fault, type Injection, type Scenario } from '../core/scenario.ts';
import { FLAG_NAMES, type FlagName, type HostName } from '../core/trace.ts';

export const LINK_VERSION = 1;

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];
export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 3, 4] as const;

/**
 * The language a link names (its "l" part), read without decoding the rest: the page's first
 * render needs it before the reader has loaded. Undefined when the link names none, or none
 * that the lab speaks.
 */
export function linkLanguage(hash: string): Language | undefined {
  const named = /^#?v1\.(?:[^&]*&)*l=([^&]*)(?:&|$)/.exec(hash)?.[1];
  return LANGUAGES.find((l) => l === named);
}

/** Everything a link carries. */
export interface Experiment {
  /** The preset the scenario started from, if any (links then stay short). */
  preset?: string;
  scenario: Scenario;
  /** Side by side: two-way next to three-way, unless `compareBy` says otherwise. */
  compare: boolean;
  /** With `compare`: what the two sides differ in; absent = the protocol (the v1 meaning of c=1). */
  compareBy?: 'profiles';
  speed: number;
  /** The playhead, in virtual ms. */
  moment: number;
  /** How many of the events at exactly `moment` have happened; absent = all of them. */
  step?: number;
  /** Absent: the reader's own language. */
  language?: Language;
}

/** Why a link cannot be opened; worded in link-problems.en.ts and link-problems.zh-CN.ts. */
export type LinkProblemCode = keyof typeof LINK_PROBLEMS;

export interface LinkProblem {
  code: LinkProblemCode;
  values: Record<string, string | number>;
  /** For a scenario the link makes invalid: its problem as a phrase, said in the page's language. */
  scenarioProblem?: Phrase;
}

export type LinkError =
  | { kind: 'newer-version'; version: number }
  /** `detail`: the problem in English (logs, tests); the page says it in its language. */
  | { kind: 'malformed'; detail: string; problem: LinkProblem };

/**
 * A link opens (`ok`) when its experiment can be read: the scenario, the preset and its
 * changes. A part that only says how to show it (comparison, speed, moment, step, language)
 * and cannot be read is left at its default and listed in `ignored`, so a hand-edited
 * `l=fr` does not cost the reader the experiment.
 */
export type DecodeResult =
  { ok: true; experiment: Experiment; ignored: LinkProblem[] } | { ok: false; error: LinkError };

/** How the codec finds presets, so it stays independent of the preset list. */
export type PresetLookup = (id: string) => Scenario | undefined;

// ───────────────────────────── encoding ─────────────────────────────

export function encodeLink(x: Experiment, presets: PresetLookup): string {
  const parts: string[] = [];
  const base = x.preset !== undefined ? presets(x.preset) : undefined;
  const overrides = base ? presetOverrides(base, x.scenario) : null;
  if (base && overrides) {
    parts.push(`p=${x.preset}`, ...overrides);
  } else {
    parts.push(`s=${toBase64Url(JSON.stringify(x.scenario))}`);
  }
  if (x.compare) parts.push(x.compareBy === 'profiles' ? 'c=p' : 'c=1');
  if (x.speed !== 1) parts.push(`v=${num(x.speed)}`);
  if (x.moment > 0) parts.push(`t=${num(x.moment)}`);
  if (x.step !== undefined) parts.push(`k=${x.step}`);
  if (x.language) parts.push(`l=${x.language}`);
  return `#v${LINK_VERSION}.${parts.join('&')}`;
}

/**
 * The changes from a preset that the short form can say (protocol, latency, loss, seed,
 * faults, simple injections), or null when the scenario differs in any other way.
 */
function presetOverrides(base: Scenario, s: Scenario): string[] | null {
  const rest = (x: Scenario): string => {
    const {
      protocol: _p,
      latencyMs: _l,
      lossRate: _r,
      seed: _s,
      faults: _f,
      inject: _i,
      ...other
    } = x;
    return canonical(other);
  };
  if (rest(base) !== rest(s)) return null;
  if (typeof (s.latencyMs ?? 0) !== 'number') return null;
  const out: string[] = [];
  if ((s.protocol ?? DEFAULTS.protocol) !== (base.protocol ?? DEFAULTS.protocol))
    out.push(`w=${s.protocol === 'two-way' ? 2 : 3}`);
  const lat = (x: Scenario): number => (x.latencyMs as number | undefined) ?? DEFAULTS.latencyMs;
  if (lat(s) !== lat(base)) out.push(`L=${num(lat(s))}`);
  if ((s.lossRate ?? 0) !== (base.lossRate ?? 0)) out.push(`X=${num(s.lossRate ?? 0)}`);
  if ((s.seed ?? DEFAULTS.seed) !== (base.seed ?? DEFAULTS.seed))
    out.push(`r=${s.seed ?? DEFAULTS.seed}`);
  const faults = s.faults ?? [];
  if (canonical(faults) !== canonical(base.faults ?? []))
    out.push(`f=${faults.map(encodeFault).join('_')}`);
  const inject = s.inject ?? [];
  if (canonical(inject) !== canonical(base.inject ?? [])) {
    const items = inject.map(encodeInjection);
    if (items.some((i) => i === null)) return null;
    out.push(`i=${items.join('_')}`);
  }
  return out;
}

const FLAG_LETTER: Record<FlagName, string> = {
  SYN: 'S',
  ACK: 'A',
  FIN: 'F',
  RST: 'R',
  PSH: 'P',
  URG: 'U',
};
export const LETTER_FLAG = Object.fromEntries(FLAG_NAMES.map((f) => [FLAG_LETTER[f], f])) as Record<
  string,
  FlagName
>;
export const flagLetters = (flags: readonly FlagName[]): string =>
  FLAG_NAMES.filter((f) => flags.includes(f))
    .map((f) => FLAG_LETTER[f])
    .join('');
const hostLetter = (h: HostName): string => (h === 'client' ? 'c' : 's');

/** `cS1d` client SYN #1 drop; `sSA1l3000` delay 3000 ms; `cS2x200` duplicate 200 ms later; `c3d` any 3rd segment. */
function encodeFault(f: Fault): string {
  const head = `${hostLetter(f.match.from)}${f.match.flags ? flagLetters(f.match.flags) : ''}${f.match.nth}`;
  if (f.action === 'drop') return `${head}d`;
  return `${head}${f.action === 'delay' ? 'l' : 'x'}${num(f.ms)}`;
}

/** `sS90t3000`: to server, SYN seq 90 at 3000 ms; `a201` ack, `b9` bytes. Ports, payloads and spoofing need the long form. */
function encodeInjection(i: Injection): string | null {
  if (i.srcPort !== undefined || i.dstPort !== undefined || i.payload !== undefined || i.spoofed)
    return null;
  let out = `${hostLetter(i.to)}${flagLetters(i.flags)}${i.seq}`;
  if (i.ack !== undefined) out += `a${i.ack}`;
  if (i.bytes !== undefined) out += `b${i.bytes}`;
  return `${out}t${num(i.at)}`;
}

/** JSON with object keys sorted, so equal scenarios compare equal whatever built them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

function num(n: number): string {
  return String(n);
}

// ───────────────────────────── base64url over UTF-8 ─────────────────────────────

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(text: string): string {
  const bytes = utf8Encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): string | null {
  if (text.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = chunk[k];
      const v = c === undefined ? 0 : INDEX.get(c);
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  return utf8Decode(bytes);
}

function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Strict UTF-8 decoding: null on any malformed sequence. */
function utf8Decode(bytes: readonly number[]): string | null {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len === 0 || i + len > bytes.length) return null;
    let c = len === 1 ? b : b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const cont = bytes[i + k]!;
      if ((cont & 0xc0) !== 0x80) return null;
      c = (c << 6) | (cont & 63);
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][len]!;
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) return null;
    out += String.fromCodePoint(c);
    i += len;
  }
  return out;
}
