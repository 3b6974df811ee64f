// What validation reports: one problem per entry, naming the field (a path such as
// `faults[1].match.nth`) and what is wrong with it in plain words. `phrase` lets the page
// say it in the reader's language (phrases.ts); `message` is the English one the CLI prints.

import { phrase, sayPhrase, type Phrase } from './phrases.ts';

export type ScenarioErrorCode =
  | 'syntax' // the text is not JSON
  | 'type' // wrong kind of value (a string where a number belongs, …)
  | 'range' // right kind, outside the documented bounds
  | 'required' // a field that must be present is missing
  | 'unknown-field' // a field format v1 does not have (often a typo)
  | 'not-allowed' // a known field that makes no sense here (e.g. `bytes` on `listen`)
  | 'duplicate' // the same flag named twice
  | 'too-many' // a list longer than its documented limit
  | 'too-long' // a text longer than its documented limit
  | 'newer-version'; // made by a newer Handshake Lab: this one cannot read it

export interface ScenarioError {
  /** Where: `version`, `client.isn[2]`, `faults[1].match.nth`; `scenario` for the whole document. */
  path: string;
  code: ScenarioErrorCode;
  /** The problem in plain English, without the path. */
  message: string;
  /** The same, as data: what the page says in the reader's language. */
  phrase: Phrase;
  /** For `unknown-field` and misspelt names: the known one the author probably meant. */
  suggestion?: string;
  /** For `syntax`: where in the text (1-based). */
  line?: number;
  column?: number;
}

/** Collects problems while the validators walk the document. */
export class Problems {
  readonly list: ScenarioError[] = [];

  add(path: string, code: ScenarioErrorCode, said: Phrase, suggestion?: string): void {
    const error: ScenarioError = { path, code, message: sayPhrase(said), phrase: said };
    if (suggestion !== undefined) error.suggestion = suggestion;
    this.list.push(error);
  }
}

const MAX_QUOTED = 40;

/** How a value reads in a message: `0`, `"abc" (a text)`, `null`, `a list`, `an object`. */
export function describeValue(value: unknown): Phrase {
  if (value === null) return phrase('valueLiteral', { value: 'null' });
  if (Array.isArray(value)) return phrase('valueList');
  switch (typeof value) {
    case 'string': {
      const quoted = JSON.stringify(
        value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value,
      );
      return phrase('valueText', { quoted });
    }
    case 'number':
    case 'boolean':
      return phrase('valueLiteral', { value: String(value) });
    case 'undefined':
      return phrase('valueNothing');
    case 'object':
      return phrase('valueObject');
    default:
      return phrase('valueOther', { type: typeof value });
  }
}

const PLAIN_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * `faults` + 1 → `faults[1]`; `faults[1]` + `match` → `faults[1].match`. A name that is
 * not a plain identifier (empty, spaces, dots) is quoted: `client["my port"]`.
 */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!PLAIN_NAME.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}
