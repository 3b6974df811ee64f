// Finds where JSON text goes wrong and says why, with a line and column. JSON.parse's
// own messages differ between JavaScript engines and often give no position at all, so
// this scanner (RFC 8259 grammar, iterative so deep nesting cannot overflow the stack)
// runs after JSON.parse has rejected a text, to explain the rejection.

import { phrase, sayPhrase, type Phrase } from './phrases.ts';

export interface JsonSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as editors count them. */
  column: number;
  /** What is wrong there, in English. */
  message: string;
  /** The same, as data (phrases.ts). */
  phrase: Phrase;
}

type Scan = number | JsonSyntaxError;

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('{' | '[')[] = [];
  let i = skipSpace(text, 0);
  if (i >= text.length) return at(text, i, phrase('jsonEmpty'));
  let wantValue = true;
  for (;;) {
    i = skipSpace(text, i);
    if (wantValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        const close = c === '{' ? '}' : ']';
        i = skipSpace(text, i + 1);
        if (text[i] === close) {
          i++;
          wantValue = false;
          continue;
        }
        stack.push(c);
        if (c === '{') {
          const next = scanKey(text, i, false);
          if (typeof next !== 'number') return next;
          i = next;
        }
        continue;
      }
      const next = scanScalar(text, i, stack[stack.length - 1]);
      if (typeof next !== 'number') return next;
      i = next;
      wantValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) {
      return i < text.length
        ? at(text, i, phrase('jsonAfterEnd', { found: describeChar(text, i) }))
        : undefined;
    }
    const c = text[i];
    if (c === ',') {
      i = skipSpace(text, i + 1);
      if (top === '{') {
        const next = scanKey(text, i, true);
        if (typeof next !== 'number') return next;
        i = next;
      } else if (text[i] === ']') {
        return at(text, i, phrase('jsonCommaBeforeBracket'));
      }
      wantValue = true;
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else if (c === undefined) {
      return at(text, i, endsInside(top));
    } else {
      const found = describeChar(text, i);
      const id = top === '{' ? 'jsonExpectedAfterProperty' : 'jsonExpectedAfterElement';
      return at(text, i, phrase(id, { found }));
    }
  }
}

/** A property name and its colon; returns the index after the colon. */
function scanKey(text: string, i: number, afterComma: boolean): Scan {
  const c = text[i];
  if (c !== '"') {
    if (afterComma && c === '}') return at(text, i, phrase('jsonCommaBeforeBrace'));
    if (c === undefined) return at(text, i, endsInside('{'));
    if (c === "'") return at(text, i, phrase('jsonSingleQuotedName'));
    return at(text, i, phrase('jsonExpectedName', { found: describeChar(text, i) }));
  }
  const end = scanString(text, i);
  if (typeof end !== 'number') return end;
  const colon = skipSpace(text, end);
  if (text[colon] !== ':')
    return at(text, colon, phrase('jsonExpectedColon', { found: describeChar(text, colon) }));
  return colon + 1;
}

function endsInside(open: '{' | '['): Phrase {
  return phrase(open === '{' ? 'jsonEndsInObject' : 'jsonEndsInList');
}

function scanScalar(text: string, i: number, open: '{' | '[' | undefined): Scan {
  const c = text[i];
  if (c === undefined) return at(text, i, open ? endsInside(open) : phrase('jsonEmpty'));
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) return scanNumber(text, i);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  if (c === "'") return at(text, i, phrase('jsonSingleQuotedText'));
  if (c === '/') return at(text, i, phrase('jsonComment'));
  return at(text, i, phrase('jsonExpectedValue', { found: describeChar(text, i) }));
}

const ESCAPES = '"\\/bfnrt';

function scanString(text: string, start: number): Scan {
  let i = start + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) return at(text, start, phrase('jsonUnterminatedText'));
    if (c === '"') return i + 1;
    if (c.charCodeAt(0) < 0x20) return at(text, i, phrase('jsonControlInText'));
    if (c === '\\') {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return at(text, i, phrase('jsonBadUnicodeEscape'));
        i += 6;
        continue;
      }
      if (e === undefined || !ESCAPES.includes(e))
        return at(text, i, phrase('jsonBadEscape', { found: describeChar(text, i + 1) }));
      i += 2;
      continue;
    }
    i++;
  }
}

const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

function scanNumber(text: string, i: number): Scan {
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  // JSON numbers: no leading zeros, no leading '+', digits on both sides of the point.
  if (!m) return at(text, i, phrase('jsonBadNumber'));
  const end = i + m[0].length;
  const next = text[end];
  if (next !== undefined && /[0-9.eE]/.test(next)) return at(text, i, phrase('jsonBadNumberForm'));
  return end;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
    i++;
  }
  return i;
}

function describeChar(text: string, i: number): Phrase {
  const c = text[i];
  if (c === undefined) return phrase('charEnd');
  if (c === '\n' || c === '\r') return phrase('charLineBreak');
  return phrase('charQuoted', { char: c });
}

function at(text: string, index: number, said: Phrase): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1, message: sayPhrase(said), phrase: said };
}
