// Three projects: `unit` (pure rules, no services), `system` (real PostgreSQL and Redis, the API over HTTP) and
// `browser` (the built console in headless Chromium, over the same services).
const swcOptions = require('./scripts/swc-options.cjs');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const transform = { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ sourceMaps: 'inline' }), swcrc: false }] };

module.exports = {
  // Jest reads the timeout from the top level only; the `system` project's own setting is ignored.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps'],
      testMatch: ['**/*.spec.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'system',
      testEnvironment: 'node',
      roots: ['<rootDir>/test', '<rootDir>/libs', '<rootDir>/apps'],
      testMatch: ['**/*.e2e-spec.ts', '**/*.integration-spec.ts'],
      transform,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 60_000,
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.browser-spec.ts'],
      transform,
      moduleNameMapper,
      // Starts the services as `system` does (once, when both run) and builds the console.
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
