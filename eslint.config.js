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
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/core/**/*.ts', 'src/scenario/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded PRNG (src/core/prng.ts).' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'zustand', 'framer-motion', 'node:*', '../app/*', '../features/*', '../state/*', '../worker/*'], message: 'The core depends on nothing outside itself.' }] }],
    },
  },
);
