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
  globalSetup: '<rootDir>/scripts/stack/global-setup.ts',
  globalTeardown: '<rootDir>/scripts/stack/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // a hang guard, not a speed check: on a busy 2-core machine (load average 25 seen) a stack took 25 s to
  // start and a seeding test over 100 s, so 180 s left too little room
  testTimeout: 300000,
  maxWorkers: 2,
  testSequencer: '<rootDir>/scripts/stack/test-sequencer.js',
  reporters: ['default', '<rootDir>/common/src/testing/summary-reporter.js'],
};
