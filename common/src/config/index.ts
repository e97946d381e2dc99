export * from './env';
export * from './platform';
export * from './subgraph';
export * from './bus';
