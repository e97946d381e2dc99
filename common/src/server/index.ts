export * from './subgraph-server';
export * from './health';
export * from './subgraph-runtime';
export * from './run-main';
export * from './request-context';
export * from './metrics';
export * from './listen';
