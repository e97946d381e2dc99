export * from './subgraph-server';
export * from './health';
