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

import {
  DEFAULTS,
  type Fault,
  type Injection,
  type Protocol,
  type Scenario,
} from '../core/scenario.ts';
import { FLAG_NAMES, type FlagName, type HostName } from '../core/trace.ts';
import { parseScenario } from '../scenario/validate.ts';

export const LINK_VERSION = 1;

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];
export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 3, 4] as const;

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

export type LinkError =
  { kind: 'newer-version'; version: number } | { kind: 'malformed'; detail: string };

export type DecodeResult = { ok: true; experiment: Experiment } | { ok: false; error: LinkError };

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
const LETTER_FLAG = Object.fromEntries(FLAG_NAMES.map((f) => [FLAG_LETTER[f], f])) as Record<
  string,
  FlagName
>;
const flagLetters = (flags: readonly FlagName[]): string =>
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

// ───────────────────────────── decoding ─────────────────────────────

/** Decode a location hash (with or without the leading '#'). Never throws. */
export function decodeLink(hash: string, presets: PresetLookup): DecodeResult {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const head = /^v(\d{1,6})(?:\.|$)/.exec(text);
  if (!head) return malformed('it does not start with a version tag such as "v1."');
  const version = Number(head[1]);
  if (version > LINK_VERSION) return { ok: false, error: { kind: 'newer-version', version } };
  if (version !== LINK_VERSION) return malformed(`version ${version} does not exist`);
  const params = new Map<string, string>();
  const body = text.slice(head[0].length);
  for (const pair of body === '' ? [] : body.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (params.has(key)) return malformed(`"${clip(key)}" is given twice`);
    let value: string;
    try {
      value = decodeURIComponent(eq < 0 ? '' : pair.slice(eq + 1));
    } catch {
      return malformed(`the value of "${clip(key)}" is not valid percent-encoding`);
    }
    params.set(key, value);
  }
  for (const key of params.keys()) {
    if (!KNOWN_KEYS.has(key)) return malformed(`it has an unknown part "${clip(key)}"`);
  }

  let scenario: Scenario;
  let preset: string | undefined;
  const p = params.get('p');
  const s = params.get('s');
  if (p !== undefined && s !== undefined)
    return malformed('it names both a preset and a full scenario');
  if (p !== undefined) {
    const base = presets(p);
    if (!base) return malformed(`there is no preset called "${clip(p)}"`);
    preset = p;
    const applied = applyOverrides(base, params);
    if (typeof applied === 'string') return malformed(applied);
    scenario = applied;
  } else if (s !== undefined) {
    const json = fromBase64Url(s);
    if (json === null) return malformed('the scenario part is not valid base64url text');
    let doc: unknown;
    try {
      doc = JSON.parse(json);
    } catch {
      return malformed('the scenario part is not valid JSON');
    }
    const checked = parseScenario(doc);
    if (!checked.ok) {
      const e = checked.errors[0]!;
      return malformed(`its scenario is invalid: ${e.path}: ${e.message}`);
    }
    scenario = checked.scenario;
  } else {
    return malformed('it names neither a preset nor a scenario');
  }

  const compare = params.get('c');
  if (compare !== undefined && compare !== '1' && compare !== '0' && compare !== 'p')
    return malformed('"c" must be 1 (two-way vs three-way), p (RFC 9293 vs Linux) or 0');
  const speed = params.has('v') ? Number(params.get('v')) : 1;
  if (!(SPEEDS as readonly number[]).includes(speed))
    return malformed(`the speed must be one of ${SPEEDS.join(', ')}`);
  const moment = params.has('t') ? Number(params.get('t')) : 0;
  if (!Number.isFinite(moment) || moment < 0 || params.get('t') === '')
    return malformed('the moment "t" must be a time in ms, 0 or more');
  const stepText = params.get('k');
  if (stepText !== undefined && !/^\d{1,7}$/.test(stepText))
    return malformed('the step "k" must be a whole number');
  const lang = params.get('l');
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang))
    return malformed(`the language must be one of ${LANGUAGES.join(', ')}`);

  const experiment: Experiment = {
    scenario,
    compare: compare === '1' || compare === 'p',
    speed,
    moment,
  };
  if (compare === 'p') experiment.compareBy = 'profiles';
  if (preset !== undefined) experiment.preset = preset;
  if (stepText !== undefined) experiment.step = Number(stepText);
  if (lang !== undefined) experiment.language = lang as Language;
  return { ok: true, experiment };
}

const KNOWN_KEYS = new Set(['p', 's', 'w', 'L', 'X', 'r', 'f', 'i', 'c', 'v', 't', 'k', 'l']);

/** The preset with the link's changes, validated like any scenario; or what is wrong. */
function applyOverrides(base: Scenario, params: Map<string, string>): Scenario | string {
  const s: Scenario = { ...base };
  const w = params.get('w');
  if (w !== undefined) {
    if (w !== '2' && w !== '3') return '"w" must be 2 (two-way) or 3 (three-way)';
    s.protocol = (w === '2' ? 'two-way' : 'three-way') satisfies Protocol;
  }
  const numeric = (key: string, name: string): number | string | undefined => {
    const v = params.get(key);
    if (v === undefined) return undefined;
    const n = Number(v);
    return v === '' || !Number.isFinite(n) ? `"${key}" (${name}) must be a number` : n;
  };
  const lat = numeric('L', 'latency');
  if (typeof lat === 'string') return lat;
  if (lat !== undefined) s.latencyMs = lat;
  const loss = numeric('X', 'loss rate');
  if (typeof loss === 'string') return loss;
  if (loss !== undefined) s.lossRate = loss;
  const seed = numeric('r', 'seed');
  if (typeof seed === 'string') return seed;
  if (seed !== undefined) s.seed = seed;
  const f = params.get('f');
  if (f !== undefined) {
    const faults: Fault[] = [];
    for (const item of f === '' ? [] : f.split('_')) {
      const fault = decodeFault(item);
      if (!fault) return `its fault list is garbled at "${clip(item)}"`;
      faults.push(fault);
    }
    if (faults.length > 0) s.faults = faults;
    else delete s.faults;
  }
  const i = params.get('i');
  if (i !== undefined) {
    const inject: Injection[] = [];
    for (const item of i === '' ? [] : i.split('_')) {
      const inj = decodeInjection(item);
      if (!inj) return `its list of injected segments is garbled at "${clip(item)}"`;
      inject.push(inj);
    }
    if (inject.length > 0) s.inject = inject;
    else delete s.inject;
  }
  const checked = parseScenario(s);
  if (!checked.ok) {
    const e = checked.errors[0]!;
    return `its changes make an invalid scenario: ${e.path}: ${e.message}`;
  }
  return checked.scenario;
}

const FAULT_RE = /^([cs])([SAFRPU]*)(\d{1,7})(?:(d)|([lx])(\d{1,9}(?:\.\d{1,6})?))$/;
function decodeFault(item: string): Fault | null {
  const m = FAULT_RE.exec(item);
  if (!m) return null;
  const flags = lettersToFlags(m[2]!);
  if (flags === null) return null;
  const match = {
    from: m[1] === 'c' ? ('client' as const) : ('server' as const),
    nth: Number(m[3]),
    ...(flags.length ? { flags } : {}),
  };
  if (m[4]) return { match, action: 'drop' };
  return { match, action: m[5] === 'l' ? 'delay' : 'duplicate', ms: Number(m[6]) };
}

const INJECT_RE =
  /^([cs])([SAFRPU]+)(\d{1,10})(?:a(\d{1,10}))?(?:b(\d{1,8}))?t(\d{1,9}(?:\.\d{1,6})?)$/;
function decodeInjection(item: string): Injection | null {
  const m = INJECT_RE.exec(item);
  if (!m) return null;
  const flags = lettersToFlags(m[2]!);
  if (flags === null) return null;
  const inj: Injection = {
    at: Number(m[6]),
    to: m[1] === 'c' ? 'client' : 'server',
    flags,
    seq: Number(m[3]),
  };
  if (m[4] !== undefined) inj.ack = Number(m[4]);
  if (m[5] !== undefined) inj.bytes = Number(m[5]);
  return inj;
}

/** Letters in canonical order, each at most once; null otherwise. */
function lettersToFlags(letters: string): FlagName[] | null {
  const flags = [...letters].map((l) => LETTER_FLAG[l]!);
  return flagLetters(flags) === letters ? flags : null;
}

function malformed(detail: string): DecodeResult {
  return { ok: false, error: { kind: 'malformed', detail } };
}

/** Text from a link is shown to the user: keep it short (it is rendered as text only). */
function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
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
