/** Every test runs against real Postgres: DATABASE_URL if set, else an embedded server the global setup starts. */
module.exports = {
  testEnvironment: 'node',
  // workspace packages export their .ts sources under this condition (compiled .js is the default)
  testEnvironmentOptions: { customExportConditions: ['member-graph-source', 'node', 'node-addons'] },
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/', '<rootDir>/dist/'],
  // dist/ mirrors the workspace packages (npm run build): keep its package.json files out of the module map
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  globalSetup: '<rootDir>/common/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/common/src/testing/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/common/src/testing/summary-reporter.js'],
};
