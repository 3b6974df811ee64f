// Readers for one field each: they check the value against a rule, report a problem
// naming the field when it breaks the rule, and return the value (typed) or undefined.
// The validators in validate.ts, actions.ts and faults.ts are built from these.

import { LIMITS } from '../core/scenario.ts';
import { FLAG_NAMES, type FlagName, type HostName } from '../core/trace.ts';
import { childPath, describeValue, type Problems } from './errors.ts';
import { phrase, type Phrase } from './phrases.ts';
import { suggestField } from './suggest.ts';

export type Fields = Readonly<Record<string, unknown>>;

export interface NumberRule {
  /** Only whole numbers (no fractions). */
  whole?: boolean;
  min: number;
  /** Inclusive upper bound. */
  max?: number;
  /** Exclusive upper bound (e.g. a loss rate below 1). */
  below?: number;
}

export const PORT: NumberRule = { whole: true, min: 1, max: 65_535 };
export const UINT32: NumberRule = { whole: true, min: 0, max: 0xffff_ffff };
export const WINDOW: NumberRule = { whole: true, min: 0, max: 65_535 };
export const HOSTS: readonly HostName[] = ['client', 'server'];

/** Any instant of a run (virtual milliseconds). */
export const TIME: NumberRule = { min: 0, max: LIMITS.maxTimeMs };

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value, when `obj` has it as its own field (absent and undefined are the same). */
export function present(obj: Fields, key: string): boolean {
  return Object.hasOwn(obj, key) && obj[key] !== undefined;
}

/** Checks that `value` is an object; `path` '' is the whole document. */
export function asObject(p: Problems, value: unknown, path: string): Fields | undefined {
  if (isObject(value)) return value;
  p.add(path || 'scenario', 'type', phrase('mustBeObject', { got: describeValue(value) }));
  return undefined;
}

/** Reports every field of `obj` that is not in `known`, with a "did you mean" when one is close. */
export function reportUnknown(
  p: Problems,
  obj: Fields,
  path: string,
  known: readonly string[],
): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const suggestion = suggestField(key, known);
    const said =
      suggestion !== undefined
        ? phrase('unknownFieldSuggest', { key, suggestion })
        : phrase('unknownField', { key, fields: known.join(', ') });
    p.add(childPath(path, key), 'unknown-field', said, suggestion);
  }
}

/**
 * An object with only the `known` fields, or undefined. Unknown fields are reported, and so
 * is each missing `required` field, with the phrase that says what it is for.
 */
export function readObject(
  p: Problems,
  value: unknown,
  path: string,
  known: readonly string[],
  required: Readonly<Record<string, Phrase>> = {},
): Fields | undefined {
  const obj = asObject(p, value, path);
  if (!obj) return undefined;
  reportUnknown(p, obj, path, known);
  for (const [key, what] of Object.entries(required)) requireField(p, obj, path, key, what);
  return obj;
}

export function requireField(
  p: Problems,
  obj: Fields,
  parent: string,
  key: string,
  what: Phrase,
): boolean {
  if (present(obj, key)) return true;
  p.add(childPath(parent, key), 'required', phrase('requiredFor', { what }));
  return false;
}

/** Reports a known field that has no meaning in this context (`why` says so). */
export function forbidField(
  p: Problems,
  obj: Fields,
  parent: string,
  key: string,
  why: Phrase,
): void {
  if (present(obj, key)) p.add(childPath(parent, key), 'not-allowed', why);
}

function ruleText({ whole, min, max, below }: NumberRule): Phrase {
  if (below !== undefined)
    return phrase(whole ? 'ruleWholeBelow' : 'ruleNumberBelow', { min, below });
  if (max !== undefined) return phrase(whole ? 'ruleWholeRange' : 'ruleNumberRange', { min, max });
  return phrase(whole ? 'ruleWholeAtLeast' : 'ruleNumberAtLeast', { min });
}

/** Checks one number against `rule` (the path names it in the message). */
export function checkNumber(
  p: Problems,
  value: unknown,
  path: string,
  rule: NumberRule,
): number | undefined {
  const problem = phrase('mustBeRule', { rule: ruleText(rule), got: describeValue(value) });
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    p.add(path, 'type', problem);
    return undefined;
  }
  const wholeOk = !rule.whole || Number.isSafeInteger(value);
  const inRange =
    value >= rule.min &&
    (rule.max === undefined || value <= rule.max) &&
    (rule.below === undefined || value < rule.below);
  if (!wholeOk || !inRange) {
    p.add(path, 'range', problem);
    return undefined;
  }
  // -0 is 0: JSON writes it as 0, so a scenario saved and read back would differ otherwise.
  return value === 0 ? 0 : value;
}

export function readNumber(
  p: Problems,
  obj: Fields,
  parent: string,
  key: string,
  rule: NumberRule,
): number | undefined {
  return present(obj, key) ? checkNumber(p, obj[key], childPath(parent, key), rule) : undefined;
}

/** One of a fixed set of names; a near miss ("3-way", "syn") gets a suggestion. */
export function checkChoice<T extends string>(
  p: Problems,
  value: unknown,
  path: string,
  choices: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value))
    return value as T;
  const suggestion = typeof value === 'string' ? suggestField(value, choices) : undefined;
  const list = choices.map((c) => `'${c}'`).join(', ');
  const got = describeValue(value);
  p.add(
    path,
    typeof value === 'string' ? 'range' : 'type',
    suggestion !== undefined
      ? phrase('mustBeOneOfSuggest', { list, got, suggestion })
      : phrase('mustBeOneOf', { list, got }),
    suggestion,
  );
  return undefined;
}

export function readChoice<T extends string>(
  p: Problems,
  obj: Fields,
  parent: string,
  key: string,
  choices: readonly T[],
): T | undefined {
  return present(obj, key) ? checkChoice(p, obj[key], childPath(parent, key), choices) : undefined;
}

export function readBoolean(
  p: Problems,
  obj: Fields,
  parent: string,
  key: string,
): boolean | undefined {
  if (!present(obj, key)) return undefined;
  const value = obj[key];
  if (typeof value === 'boolean') return value;
  p.add(childPath(parent, key), 'type', phrase('mustBeBoolean', { got: describeValue(value) }));
  return undefined;
}

export function readText(
  p: Problems,
  obj: Fields,
  parent: string,
  key: string,
): string | undefined {
  if (!present(obj, key)) return undefined;
  const value = obj[key];
  const path = childPath(parent, key);
  if (typeof value !== 'string') {
    p.add(path, 'type', phrase('mustBeText', { got: describeValue(value) }));
    return undefined;
  }
  if (value.length > LIMITS.maxTextLength) {
    p.add(
      path,
      'too-long',
      phrase('tooLongText', { count: value.length, max: LIMITS.maxTextLength }),
    );
    return undefined;
  }
  return value;
}

/** A list of at most `max` entries (longer lists are reported, not walked). */
export function readList(
  p: Problems,
  obj: Fields,
  parent: string,
  key: string,
  max: number,
): readonly unknown[] | undefined {
  if (!present(obj, key)) return undefined;
  const value = obj[key];
  const path = childPath(parent, key);
  if (!Array.isArray(value)) {
    p.add(path, 'type', phrase('mustBeList', { got: describeValue(value) }));
    return undefined;
  }
  if (value.length > max) {
    p.add(path, 'too-many', phrase('tooManyEntries', { count: value.length, max }));
    return undefined;
  }
  return value;
}

/** A non-empty set of TCP flag names (SYN, ACK, FIN, RST, PSH, URG), each at most once. */
export function readFlags(
  p: Problems,
  obj: Fields,
  parent: string,
  key: string,
): FlagName[] | undefined {
  // Longer than six entries means a repeated flag; walking up to 64 lets the message say which.
  const list = readList(p, obj, parent, key, 64);
  const path = childPath(parent, key);
  if (!list) return undefined;
  if (list.length === 0) {
    p.add(path, 'range', phrase('noFlags'));
    return undefined;
  }
  const flags: FlagName[] = [];
  let ok = true;
  list.forEach((value, i) => {
    const flag = checkChoice(p, value, childPath(path, i), FLAG_NAMES);
    if (flag === undefined) ok = false;
    else if (flags.includes(flag)) {
      p.add(childPath(path, i), 'duplicate', phrase('duplicateFlag', { flag }));
      ok = false;
    } else flags.push(flag);
  });
  return ok ? flags : undefined;
}

/** `actions`, `faults` or `inject`: each entry read by `readEntry`; undefined if any is bad. */
export function readEntries<T>(
  p: Problems,
  list: readonly unknown[],
  path: string,
  readEntry: (p: Problems, value: unknown, path: string) => T | undefined,
): T[] | undefined {
  const out: T[] = [];
  let ok = true;
  list.forEach((value, i) => {
    const entry = readEntry(p, value, childPath(path, i));
    if (entry === undefined) ok = false;
    else out.push(entry);
  });
  return ok ? out : undefined;
}
