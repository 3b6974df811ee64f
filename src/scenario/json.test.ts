import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from './json.ts';
import { findJsonSyntaxError } from './json-syntax.ts';

function syntaxError(text: string): { line?: number; column?: number; message: string } {
  const result = parseScenarioJson(text);
  if (result.ok) throw new Error('expected a syntax error');
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatchObject({ path: 'scenario', code: 'syntax' });
  return result.errors[0]!;
}

describe('parseScenarioJson', () => {
  it('parses and validates a scenario', () => {
    expect(parseScenarioJson('{ "version": 1, "seed": 7 }')).toEqual({
      ok: true,
      scenario: { version: 1, seed: 7 },
    });
  });

  it('passes validation errors through, with their paths', () => {
    const result = parseScenarioJson('{ "version": 1, "seed": -7 }');
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['seed']);
  });

  it('ignores a UTF-8 byte order mark', () => {
    expect(parseScenarioJson('\uFEFF{ "version": 1 }').ok).toBe(true);
  });

  it.each([
    ['{ "version": 1,\n  "seed": 1,\n}', 3, 1, "a comma before '}'"],
    ['[1, 2,]', 1, 7, "a comma before ']'"],
    [
      '{\n  "version": 1\n  "seed": 2\n}',
      3,
      3,
      "expected ',' or '}' after a property value, found '\"'",
    ],
    ['{ "version" 1 }', 1, 13, "expected ':' after the property name"],
    ["{ 'version': 1 }", 1, 3, 'property names must be in double quotes'],
    ['{ "title": \'x\' }', 1, 12, 'not single quotes'],
    ['{ version: 1 }', 1, 3, 'expected a property name in double quotes'],
    ['{ "version": 1 } // v1', 1, 18, "unexpected '/' after the end"],
    ['// scenario\n{}', 1, 1, 'comments are not allowed'],
    ['', 1, 1, 'the text is empty'],
    ['   \n  ', 2, 3, 'the text is empty'],
    ['{ "version": 1', 1, 15, "a '}' is missing"],
    ['[1, 2', 1, 6, "a ']' is missing"],
    ['{ "title": "abc', 1, 12, "closing '\"' is missing"],
    ['{ "title": "a\nb" }', 1, 14, 'must be written as an escape'],
    ['{ "title": "\\x" }', 1, 13, 'invalid escape'],
    ['{ "title": "\\u12" }', 1, 13, 'four hex digits'],
    ['{ "seed": 01 }', 1, 11, 'invalid number'],
    ['{ "seed": 1. }', 1, 11, 'invalid number'],
    ['{ "seed": +1 }', 1, 11, "expected a value, found '+'"],
    ['{ "seed": NaN }', 1, 11, "expected a value, found 'N'"],
    ['{ "seed": }', 1, 11, "expected a value, found '}'"],
    ['{ "a": tru }', 1, 8, "expected a value, found 't'"],
  ])('reports %j at line %i, column %i', (text, line, column, fragment) => {
    const error = syntaxError(text);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toContain(`line ${line}, column ${column}: `);
    expect(error.message).toContain(fragment);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseScenarioJson(text);
        if (!result.ok) for (const e of result.errors) expect(e.path && e.message).toBeTruthy();
      }),
    );
  });
});

/** Valid JSON text with one character removed, inserted or changed: most are invalid. */
const mutatedJson = fc
  .tuple(
    fc.json({ maxDepth: 3 }),
    fc.nat(),
    fc.constantFrom('remove', 'insert', 'replace'),
    fc.constantFrom(...'{}[],:"\\ 0-.eE1tfnx\n\''.split('')),
  )
  .map(([text, position, kind, ch]) => {
    const i = position % (text.length + 1);
    if (kind === 'remove') return text.slice(0, i) + text.slice(i + 1);
    if (kind === 'insert') return text.slice(0, i) + ch + text.slice(i);
    return text.slice(0, i) + ch + text.slice(i + 1);
  });

describe('the syntax scanner agrees with JSON.parse', () => {
  const agrees = (text: string): void => {
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    expect(findJsonSyntaxError(text) === undefined).toBe(parses);
  };

  it('on valid JSON', () => {
    fc.assert(fc.property(fc.json(), agrees), { numRuns: 300 });
  });

  it('on valid JSON with one character changed', () => {
    fc.assert(fc.property(mutatedJson, agrees), { numRuns: 2000 });
  });

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), agrees), { numRuns: 500 });
  });

  it('without deep recursion', () => {
    expect(findJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(200_000))?.message).toContain("a ']' is missing");
  });
});
