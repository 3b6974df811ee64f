// Unit and property tests. Pure logic runs in Node (the default environment); the
// benchmark in bench/ is not a test and never runs here. fast-check picks a random seed
// per run and prints it, with the shrunk counterexample, when a property fails.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['bench/**', 'e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Property tests run hundreds of simulations; 2-core CI machines need headroom.
    testTimeout: 20_000,
  },
});
