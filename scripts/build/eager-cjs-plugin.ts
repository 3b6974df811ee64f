// React ships as CommonJS, which the bundler wraps in one closure per module:
// `__commonJSMin(((exports, module) => { …the whole module… }))`, called when the module is
// first required. V8 compiles a script's top level off the main thread while it downloads, but
// an arrow function's body only when it is first called: React DOM's closure (200 KB) is then
// parsed and compiled on the main thread, inside the task that evaluates the app's entry (about
// 80 ms of CPU time of the first load's longest task, issue #3's "no task over 120 ms").
// Written as a parenthesized `function` expression instead, V8 takes the closure to be called
// soon and compiles it with the rest of the script, in the background (the "PIFE" heuristic,
// https://v8.dev/blog/preparser#pife); measured, that halves React DOM's set-up on the main
// thread. The functions inside stay lazily compiled, as before.
//
// The rewrite keeps the meaning: the wrapper is called as a plain function in strict-mode
// module code, so `this` is undefined either way, and a module body that read `arguments`
// would have thrown before.
import type { Plugin } from 'vite';

/** Rolldown's CommonJS wrapper with an arrow function: `__commonJSMin(((exports, module) => {`. */
const ARROW_WRAPPER = /(__commonJSMin(?:\$\d+)?)\(\(\(([\w$]+(?:, [\w$]+)*)?\) => \{/g;

/** The chunk's CommonJS wrappers as function expressions, and how many were rewritten. */
export function eagerCommonJsWrappers(code: string): { code: string; rewritten: number } {
  let rewritten = 0;
  const out = code.replace(ARROW_WRAPPER, (_match, helper: string, params = '') => {
    rewritten++;
    return `${helper}((function(${params}) {`;
  });
  return { code: out, rewritten };
}

/** How many CommonJS wrappers a chunk calls (rewritten or not). */
export function commonJsWrapperCount(code: string): number {
  return code.match(/__commonJSMin(?:\$\d+)?\(\(/g)?.length ?? 0;
}

export function eagerCommonJsPlugin(): Plugin {
  return {
    name: 'handshake-lab-eager-cjs',
    apply: 'build',
    renderChunk(code, chunk) {
      const { code: out, rewritten } = eagerCommonJsWrappers(code);
      const missed = commonJsWrapperCount(out) - rewritten;
      // A new wrapper shape from the bundler would silently bring the slow start back: say so.
      if (missed > 0)
        this.warn(
          `${chunk.fileName}: ${missed} CommonJS wrapper(s) in an unknown form were left lazy.`,
        );
      return rewritten > 0 ? { code: out, map: null } : null;
    },
  };
}
