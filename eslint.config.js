import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Globals that would make the simulation core depend on wall-clock time, real timers,
// real randomness or a host environment. The core must be a pure function of its input.
const impureGlobals = [
  'Date', 'performance', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval',
  'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'crypto', 'window', 'document',
  'self', 'process', 'navigator', 'fetch', 'console',
].map((name) => ({ name, message: 'The simulation core is pure: virtual time and the seeded PRNG only.' }));

// Browser globals whose names read like a local variable or function: a `close()` left behind
// after renaming a local `close` called window.close() instead, and nothing else complained.
const confusingGlobals = [
  'close', 'open', 'name', 'event', 'status', 'length', 'origin', 'stop', 'print', 'find',
  'focus', 'blur', 'scroll', 'parent', 'top', 'closed', 'history', 'location', 'external',
].map((name) => ({ name, message: `The browser global "${name}": rename the local, or write globalThis.${name} if the global is meant.` }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { 'no-restricted-globals': ['error', ...confusingGlobals] },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/core/**/*.ts', 'src/scenario/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals, ...confusingGlobals],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded PRNG (src/core/prng.ts).' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'zustand', 'framer-motion', 'node:*', '../app/*', '../features/*', '../state/*', '../worker/*'], message: 'The core depends on nothing outside itself.' }] }],
    },
  },
);
