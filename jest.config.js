// Four projects: `unit` (pure rules, no services), `component` (the console's React components in jsdom),
// `system` (real PostgreSQL and Redis, the API over HTTP) and `browser` (the built console in headless Chromium, over the same services).
const swcOptions = require('./scripts/swc-options.cjs');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const transform = { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ sourceMaps: 'inline' }), swcrc: false }] };
// The console's components: TSX with React's automatic runtime, in a browser-like DOM (jsdom).
const base = swcOptions({ sourceMaps: 'inline' });
const componentTransform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      ...base,
      swcrc: false,
      jsc: {
        ...base.jsc,
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
      },
    },
  ],
};

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
      displayName: 'component',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/apps/web'],
      testMatch: ['**/*.spec.tsx'],
      transform: componentTransform,
      setupFilesAfterEnv: ['<rootDir>/apps/web/test-setup.ts'],
      // ECharts and antd ship ES modules only in places; jsdom needs them as CommonJS.
      transformIgnorePatterns: ['/node_modules/(?!(echarts|zrender)/)'],
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
