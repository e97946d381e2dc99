export * from './start-stack';
export * from './test-stack';
export * from './fixtures';
export * from './e2e-group';
