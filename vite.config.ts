import { createServer, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { simulate } from './src/core/index.ts';
import { BUILT_IN_SCENARIOS, DEFAULT_SCENARIO_ID } from './src/app/builtin-scenarios.ts';
import { offlinePlugin } from './scripts/pwa/offline-plugin.ts';
import { eagerCommonJsPlugin } from './scripts/build/eager-cjs-plugin.ts';
import { linkPendingScript } from './src/app/link-pending.ts';

// The default scenario's trace is computed here, in Node, by the same engine the worker runs,
// and shipped with the page: the first diagram is drawn without waiting for a worker round
// trip (issue #3 performance budget). Edits are simulated in the worker as usual.
function defaultTrace() {
  const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === DEFAULT_SCENARIO_ID)!.scenario;
  return simulate(scenario);
}

/** The id of the JSON data island in index.html that holds the default scenario's trace. */
const INITIAL_TRACE_ELEMENT_ID = 'initial-trace';

/**
 * `virtual:initial-trace`. In the page, the trace travels as a JSON data island in index.html
 * (`<script type="application/json">`), read by the module: it is data, so it need not be
 * parsed and compiled as JavaScript, and it compresses in the same stream as the prerendered
 * markup that draws it (the same state names, flags and numbers). For the build-time prerender,
 * which runs in Node without a page (`inline`), the module holds the trace itself.
 */
function initialTracePlugin({ inline = false }: { inline?: boolean } = {}): Plugin {
  const id = 'virtual:initial-trace';
  const resolved = '\0' + id;
  return {
    name: 'handshake-lab-initial-trace',
    resolveId: (source) => (source === id ? resolved : null),
    load(source) {
      if (source !== resolved) return null;
      const scenarioId = `export const initialScenarioId = ${JSON.stringify(DEFAULT_SCENARIO_ID)};\n`;
      if (inline)
        return `${scenarioId}export const initialTrace = ${JSON.stringify(defaultTrace())};\n`;
      return (
        scenarioId +
        `export const initialTrace = JSON.parse(document.getElementById(${JSON.stringify(INITIAL_TRACE_ELEMENT_ID)}).textContent);\n`
      );
    },
    transformIndexHtml: (html) => {
      if (inline) return html;
      // "<" escaped so no "</script>" inside the data can end the element early.
      const json = JSON.stringify(defaultTrace()).replace(/</g, '\\u003c');
      const island = `<script type="application/json" id="${INITIAL_TRACE_ELEMENT_ID}">${json}</script>`;
      if (!html.includes('</body>'))
        throw new Error('index.html has no </body> to put the trace before.');
      return html.replace('</body>', `${island}\n  </body>`);
    },
  };
}

// The first frame, drawn at build time: the real app (src/app/prerender.tsx) rendered to HTML in
// Node with the same trace, put inside #root so the diagram is painted as soon as the page and
// its stylesheet arrive, before any script runs (issue #3 performance budget). The app's
// modules are loaded through a throwaway Vite server in SSR mode (TSX, JSON, virtual modules).
function prerenderPlugin(): Plugin {
  return {
    name: 'handshake-lab-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          root: import.meta.dirname,
          logLevel: 'error',
          appType: 'custom',
          plugins: [react(), initialTracePlugin({ inline: true })],
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { prerenderFirstFrame } = (await server.ssrLoadModule(
            '/src/app/prerender.tsx',
          )) as typeof import('./src/app/prerender.tsx');
          const frame = prerenderFirstFrame(DEFAULT_SCENARIO_ID, defaultTrace());
          const root = '<div id="root"></div>';
          if (!html.includes(root)) throw new Error(`index.html has no empty ${root} to fill.`);
          return html
            .replace(root, `<div id="root">${frame.html}</div>`)
            .replace('</head>', `<style>${frame.css}</style>\n  </head>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

// Before anything is painted: a link to another experiment hides the (default) first frame
// behind a neutral loading note until the linked run is drawn (src/app/link-pending.ts).
function linkPendingPlugin(): Plugin {
  return {
    name: 'handshake-lab-link-pending',
    transformIndexHtml: (html) =>
      html.replace(
        '</head>',
        `<script>${linkPendingScript(DEFAULT_SCENARIO_ID)}</script>\n  </head>`,
      ),
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path (GitHub Pages, a department server).
  base: './',
  plugins: [
    react(),
    initialTracePlugin(),
    prerenderPlugin(),
    linkPendingPlugin(),
    offlinePlugin(),
    // React DOM's CommonJS closure compiled off the main thread (scripts/build/eager-cjs-plugin.ts).
    eagerCommonJsPlugin(),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Browsers without <link rel="modulepreload"> (Safari before 17, Firefox before 115) fetch
    // those chunks when the entry imports them instead; the polyfill would cost every visitor
    // 0.2 KB of the 125 KB initial JavaScript budget (issue #3).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        advancedChunks: {
          // React, React DOM and the scheduler in one chunk, loaded with the entry. React DOM's
          // client is imported only dynamically (src/app/main.tsx), so its CommonJS module is
          // set up when that import runs, in a task of its own, not while the entry evaluates.
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
