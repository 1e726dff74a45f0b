import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hang guards only: no test asserts wall time (speed is measured in bench/), and a busy
    // machine must not fail a test that would pass on an idle one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one, on a two-core CI machine. Most
    // end-to-end tests wait on a command they spawned, so a worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
