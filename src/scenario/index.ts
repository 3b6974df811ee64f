// Scenario format v1 at the boundary: parse text or values into a checked Scenario.
export { FORMAT_VERSION, MAX_ISNS, parseScenario, type ScenarioResult } from './validate.ts';
export { parseScenarioJson } from './json.ts';
export type { ScenarioError, ScenarioErrorCode } from './errors.ts';
