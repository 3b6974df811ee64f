// The simulation core's public surface.
export { simulate, type SimulateOptions } from './engine.ts';
export { analyze } from './analysis.ts';
export { PROFILES, getProfile, type Profile } from './profile.ts';
export * from './scenario.ts';
export * from './trace.ts';
export { formatEvent, formatSegment, formatTrace } from './format.ts';
