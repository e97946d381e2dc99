export * from './subgraph-server';
export * from './health';
export * from './subgraph-runtime';
export * from './run-main';
export * from './metrics';
export * from './request-id';
export * from './json-body';
export * from './listen';
