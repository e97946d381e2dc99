export * from './env';
export * from './platform';
export * from './subgraph';
export * from './http';
export * from './db-pool';
export * from './databases';
export * from './bus';
export * from './event-retry';
