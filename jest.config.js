/** Every test runs against real Postgres: DATABASE_URL if set, else an embedded server the global setup starts. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/'],
  globalSetup: '<rootDir>/common/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/common/src/testing/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/common/src/testing/summary-reporter.js'],
};
