// One Jest run, three projects: pure unit specs, API integration specs against a real
// PostgreSQL, and end-to-end specs driving the built admin app in headless Chromium.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const swcrc = JSON.parse(readFileSync(path.join(__dirname, '.swcrc.json'), 'utf8'));
delete swcrc.$schema;
const { compilerOptions } = JSON.parse(readFileSync(path.join(__dirname, 'tsconfig.base.json'), 'utf8'));
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    `<rootDir>/${target}`,
  ]),
);

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcrc] },
  moduleNameMapper,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
  // faker ships ESM only; Jest's CommonJS runtime needs it compiled like our own code.
  transformIgnorePatterns: ['/node_modules/(?!@faker-js/)'],
};

module.exports = {
  // A global option in Jest: integration and browser tests do real I/O and hash real passwords.
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{libs,apps,tools}/**/*.spec.{ts,tsx}'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/test/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/tools/jest/database-global-setup.ts',
      globalTeardown: '<rootDir>/tools/jest/database-global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/admin-e2e/src/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tools/jest/database-global-setup.ts',
      globalTeardown: '<rootDir>/tools/jest/database-global-teardown.ts',
    },
  ],
};
