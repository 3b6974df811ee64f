// Provided by the initial-trace plugin in vite.config.ts.
declare module 'virtual:initial-trace' {
  import type { Trace } from '../core/trace.ts';
  export const initialScenarioId: string;
  export const initialTrace: Trace;
}
