/** Every test runs against real Postgres: DATABASE_URL if set, else an embedded server the global setup starts. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/'],
  globalSetup: '<rootDir>/scripts/stack/global-setup.ts',
  globalTeardown: '<rootDir>/scripts/stack/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // a hang guard, not a speed check: on a busy 2-core machine a stack may take long to start
  testTimeout: 180000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/common/src/testing/summary-reporter.js'],
};
