// Reading the links that link-format.ts writes (the format is described there): a location
// hash back into an experiment, its scenario validated like any other input, and what is
// wrong with it otherwise. Loaded by the page only when there is a link to read. Pure: no
// DOM, never throws on any input.

import { LINK_PROBLEMS } from './link-problems.en.ts';
import type { Fault, Injection, Protocol, Scenario } from '../core/scenario.ts';
import type { FlagName } from '../core/trace.ts';
import { fillTemplate } from '../features/narration/template.ts';
import type { Phrase } from '../scenario/phrases.ts';
import { parseScenario } from '../scenario/validate.ts';
import {
  LANGUAGES,
  LETTER_FLAG,
  LINK_VERSION,
  SPEEDS,
  flagLetters,
  fromBase64Url,
  type DecodeResult,
  type Experiment,
  type Language,
  type LinkProblem,
  type LinkProblemCode,
  type PresetLookup,
} from './link-format.ts';

export * from './link-format.ts';
export { LINK_PROBLEMS } from './link-problems.en.ts';

// ───────────────────────────── decoding ─────────────────────────────

/** Decode a location hash (with or without the leading '#'). Never throws. */
export function decodeLink(hash: string, presets: PresetLookup): DecodeResult {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const head = /^v(\d{1,6})(?:\.|$)/.exec(text);
  if (!head) return malformed('noVersion');
  const version = Number(head[1]);
  if (version > LINK_VERSION) return { ok: false, error: { kind: 'newer-version', version } };
  if (version !== LINK_VERSION) return malformed('unknownVersion', { version });
  const params = new Map<string, string>();
  const body = text.slice(head[0].length);
  for (const pair of body === '' ? [] : body.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (params.has(key)) return malformed('repeated', { key: clip(key) });
    let value: string;
    try {
      value = decodeURIComponent(eq < 0 ? '' : pair.slice(eq + 1));
    } catch {
      return malformed('badEncoding', { key: clip(key) });
    }
    params.set(key, value);
  }
  for (const key of params.keys()) {
    if (!KNOWN_KEYS.has(key)) return malformed('unknownPart', { key: clip(key) });
  }

  let scenario: Scenario;
  let preset: string | undefined;
  const p = params.get('p');
  const s = params.get('s');
  if (p !== undefined && s !== undefined) return malformed('presetAndScenario');
  if (p !== undefined) {
    const base = presets(p);
    if (!base) return malformed('unknownPreset', { name: clip(p) });
    preset = p;
    const applied = applyOverrides(base, params);
    if ('code' in applied) return malformed(applied.code, applied.values, applied.scenarioProblem);
    scenario = applied;
  } else if (s !== undefined) {
    const json = fromBase64Url(s);
    if (json === null) return malformed('badBase64');
    let doc: unknown;
    try {
      doc = JSON.parse(json);
    } catch {
      return malformed('badJson');
    }
    const checked = parseScenario(doc);
    if (!checked.ok) {
      const e = checked.errors[0]!;
      return malformed('invalidScenario', { path: e.path, message: e.message }, e.phrase);
    }
    scenario = checked.scenario;
  } else {
    return malformed('noScenario');
  }

  // How to show it: a part that cannot be read is left at its default, and said.
  const ignored: LinkProblem[] = [];
  const view = <T>(
    value: T | undefined,
    ok: (v: T) => boolean,
    why: LinkProblem,
  ): T | undefined => {
    if (value === undefined || ok(value)) return value;
    ignored.push(why);
    return undefined;
  };
  const compare = view(
    params.get('c'),
    (c) => c === '1' || c === '0' || c === 'p',
    problem('badCompare'),
  );
  const speed =
    view(
      params.has('v') ? Number(params.get('v')) : undefined,
      (v) => (SPEEDS as readonly number[]).includes(v),
      problem('badSpeed', { speeds: SPEEDS.join(', ') }),
    ) ?? 1;
  const moment = Number(
    view(
      params.get('t'),
      (t) => t !== '' && Number.isFinite(Number(t)) && Number(t) >= 0,
      problem('badMoment'),
    ) ?? 0,
  );
  const stepText = view(params.get('k'), (k) => /^\d{1,7}$/.test(k), problem('badStep'));
  const lang = view(
    params.get('l'),
    (l) => (LANGUAGES as readonly string[]).includes(l),
    problem('badLanguage', { languages: LANGUAGES.join(', ') }),
  );

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
  return { ok: true, experiment, ignored };
}

const KNOWN_KEYS = new Set(['p', 's', 'w', 'L', 'X', 'r', 'f', 'i', 'c', 'v', 't', 'k', 'l']);

/** The preset with the link's changes, validated like any scenario; or what is wrong. */
function applyOverrides(base: Scenario, params: Map<string, string>): Scenario | LinkProblem {
  const s: Scenario = { ...base };
  const w = params.get('w');
  if (w !== undefined) {
    if (w !== '2' && w !== '3') return problem('badProtocol');
    s.protocol = (w === '2' ? 'two-way' : 'three-way') satisfies Protocol;
  }
  const numeric = (key: string, code: LinkProblemCode): number | LinkProblem | undefined => {
    const v = params.get(key);
    if (v === undefined) return undefined;
    const n = Number(v);
    return v === '' || !Number.isFinite(n) ? problem(code) : n;
  };
  const lat = numeric('L', 'badLatency');
  if (typeof lat === 'object') return lat;
  if (lat !== undefined) s.latencyMs = lat;
  const loss = numeric('X', 'badLoss');
  if (typeof loss === 'object') return loss;
  if (loss !== undefined) s.lossRate = loss;
  const seed = numeric('r', 'badSeed');
  if (typeof seed === 'object') return seed;
  if (seed !== undefined) s.seed = seed;
  const f = params.get('f');
  if (f !== undefined) {
    const faults: Fault[] = [];
    for (const item of f === '' ? [] : f.split('_')) {
      const fault = decodeFault(item);
      if (!fault) return problem('garbledFaults', { item: clip(item) });
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
      if (!inj) return problem('garbledInjections', { item: clip(item) });
      inject.push(inj);
    }
    if (inject.length > 0) s.inject = inject;
    else delete s.inject;
  }
  const checked = parseScenario(s);
  if (!checked.ok) {
    const e = checked.errors[0]!;
    return problem('invalidChanges', { path: e.path, message: e.message }, e.phrase);
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

function problem(
  code: LinkProblemCode,
  values: LinkProblem['values'] = {},
  scenarioProblem?: Phrase,
): LinkProblem {
  return scenarioProblem ? { code, values, scenarioProblem } : { code, values };
}

function malformed(
  code: LinkProblemCode,
  values: LinkProblem['values'] = {},
  scenarioProblem?: Phrase,
): DecodeResult {
  const detail = fillTemplate(LINK_PROBLEMS[code], values);
  const error = {
    kind: 'malformed' as const,
    detail,
    problem: problem(code, values, scenarioProblem),
  };
  return { ok: false, error };
}

/** Text from a link is shown to the user: keep it short (it is rendered as text only). */
function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
