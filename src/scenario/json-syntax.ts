// Finds where JSON text goes wrong and says why, with a line and column. JSON.parse's
// own messages differ between JavaScript engines and often give no position at all, so
// this scanner (RFC 8259 grammar, iterative so deep nesting cannot overflow the stack)
// runs after JSON.parse has rejected a text, to explain the rejection.

export interface JsonSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as editors count them. */
  column: number;
  message: string;
}

type Scan = number | JsonSyntaxError;

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('{' | '[')[] = [];
  let i = skipSpace(text, 0);
  if (i >= text.length) return at(text, i, 'there is no JSON here: the text is empty');
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
        ? at(text, i, `unexpected ${describeChar(text, i)} after the end of the JSON value`)
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
        return at(text, i, "a comma before ']' is not allowed in JSON: remove the last comma");
      }
      wantValue = true;
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else if (c === undefined) {
      return at(text, i, endsInside(top));
    } else {
      const expected =
        top === '{' ? "',' or '}' after a property value" : "',' or ']' after a list element";
      return at(text, i, `expected ${expected}, found ${describeChar(text, i)}`);
    }
  }
}

/** A property name and its colon; returns the index after the colon. */
function scanKey(text: string, i: number, afterComma: boolean): Scan {
  const c = text[i];
  if (c !== '"') {
    if (afterComma && c === '}')
      return at(text, i, "a comma before '}' is not allowed in JSON: remove the last comma");
    if (c === undefined) return at(text, i, endsInside('{'));
    if (c === "'")
      return at(
        text,
        i,
        'property names must be in double quotes ("…") in JSON, not single quotes',
      );
    return at(text, i, `expected a property name in double quotes, found ${describeChar(text, i)}`);
  }
  const end = scanString(text, i);
  if (typeof end !== 'number') return end;
  const colon = skipSpace(text, end);
  if (text[colon] !== ':')
    return at(
      text,
      colon,
      `expected ':' after the property name, found ${describeChar(text, colon)}`,
    );
  return colon + 1;
}

function endsInside(open: '{' | '['): string {
  return open === '{'
    ? "the text ends inside an object: a '}' is missing"
    : "the text ends inside a list: a ']' is missing";
}

function scanScalar(text: string, i: number, open: '{' | '[' | undefined): Scan {
  const c = text[i];
  if (c === undefined)
    return at(text, i, open ? endsInside(open) : 'there is no JSON here: the text is empty');
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) return scanNumber(text, i);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  if (c === "'")
    return at(text, i, 'texts must be in double quotes ("…") in JSON, not single quotes');
  if (c === '/') return at(text, i, 'comments are not allowed in JSON');
  return at(text, i, `expected a value, found ${describeChar(text, i)}`);
}

const ESCAPES = '"\\/bfnrt';

function scanString(text: string, start: number): Scan {
  let i = start + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) return at(text, start, "this text never ends: a closing '\"' is missing");
    if (c === '"') return i + 1;
    if (c.charCodeAt(0) < 0x20)
      return at(
        text,
        i,
        'a line break or control character inside a text must be written as an escape such as \\n',
      );
    if (c === '\\') {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return at(text, i, '\\u must be followed by four hex digits');
        i += 6;
        continue;
      }
      if (e === undefined || !ESCAPES.includes(e))
        return at(text, i, `invalid escape ${describeChar(text, i + 1)} after a backslash`);
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
  if (!m) return at(text, i, 'invalid number');
  const end = i + m[0].length;
  const next = text[end];
  if (next !== undefined && /[0-9.eE]/.test(next))
    return at(
      text,
      i,
      'invalid number (no leading zeros; digits on both sides of a decimal point)',
    );
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

function describeChar(text: string, i: number): string {
  const c = text[i];
  if (c === undefined) return 'the end of the text';
  if (c === '\n' || c === '\r') return 'a line break';
  return `'${c}'`;
}

function at(text: string, index: number, message: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1, message };
}
