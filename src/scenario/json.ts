// Scenario files as text: JSON syntax errors become one ScenarioError with a line and
// column (never an engine-specific exception message), valid JSON goes to parseScenario.

import { findJsonSyntaxError } from './json-syntax.ts';
import { phrase, sayPhrase, type Phrase } from './phrases.ts';
import { parseScenario, type ScenarioResult } from './validate.ts';

const BYTE_ORDER_MARK = 0xfeff;

export function parseScenarioJson(text: string): ScenarioResult {
  // Editors on Windows may save UTF-8 with a byte order mark; it is not part of the JSON.
  const source = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const found = findJsonSyntaxError(source);
    if (found) {
      const { line, column } = found;
      const said = phrase('jsonInvalid', { line, column, problem: found.phrase });
      return {
        ok: false,
        errors: [
          {
            path: 'scenario',
            code: 'syntax',
            message: sayPhrase(said),
            phrase: said,
            line,
            column,
          },
        ],
      };
    }
    // The scanner accepts what JSON.parse refused: only resource limits (nesting) remain.
    const reason = phrase(error instanceof RangeError ? 'jsonNestedTooDeeply' : 'jsonRefused');
    const said: Phrase = phrase('jsonUnreadable', { reason });
    return {
      ok: false,
      errors: [{ path: 'scenario', code: 'syntax', message: sayPhrase(said), phrase: said }],
    };
  }
  return parseScenario(value);
}
