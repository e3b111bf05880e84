import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * One run for every test: shared unit tests, API integration tests against a real PostgreSQL
 * (one migrated template database, a copy per test file), and browser tests in Chromium.
 */
export default defineConfig({
  resolve: {
    // One graphql: the CommonJS build that type-graphql and Apollo load, never a second ESM copy.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    globalSetup: ['./apps/api/test/global-setup.ts'],
    include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'apps/api/test/**/*.test.ts', 'apps/admin/src/**/*.test.ts', 'apps/admin/e2e/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
