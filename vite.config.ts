import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { simulate } from './src/core/index.ts';
import { BUILT_IN_SCENARIOS, DEFAULT_SCENARIO_ID } from './src/app/builtin-scenarios.ts';

// The default scenario's trace is computed here, in Node, by the same engine the worker runs,
// and shipped inside the bundle: the first diagram is drawn without waiting for a worker
// round trip (issue #3 performance budget). Edits are simulated in the worker as usual.
function initialTracePlugin(): Plugin {
  const id = 'virtual:initial-trace';
  const resolved = '\0' + id;
  return {
    name: 'handshake-lab-initial-trace',
    resolveId: (source) => (source === id ? resolved : null),
    load(source) {
      if (source !== resolved) return null;
      const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === DEFAULT_SCENARIO_ID)!.scenario;
      const trace = simulate(scenario);
      return `export const initialScenarioId = ${JSON.stringify(DEFAULT_SCENARIO_ID)};\nexport const initialTrace = JSON.parse(${JSON.stringify(JSON.stringify(trace))});\n`;
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path (GitHub Pages, a department server).
  base: './',
  plugins: [react(), initialTracePlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
});
