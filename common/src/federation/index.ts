export * from './build-schema';
export * from './resolver-container';
export * from './subscriptions';
