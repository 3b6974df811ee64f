// The docs/examples scenarios go through the same boundary users' files do: a test that
// loads one also proves it is a valid format-v1 file. Reading the file is left to the
// caller (node:fs is not allowed in the core, even in helpers).

import { parseScenario } from '../../scenario/index.ts';
import type { Scenario } from '../scenario.ts';

export function parseExample(name: string, text: string): Scenario {
  const r = parseScenario(JSON.parse(text) as unknown);
  if (!r.ok)
    throw new Error(`docs/examples/${name} is not a valid scenario: ${JSON.stringify(r.errors)}`);
  return r.scenario;
}

/** docs/examples/NAME relative to a test file in src/core (resolve it against import.meta.url). */
export function examplePath(name: string): string {
  return `../../docs/examples/${name}`;
}
