import './pg-types';
export * from './admin';
export * from './data-source';
export * from './embedded';
export * from './migrate';
export * from './transaction';
export * from './query-rows';
export * from './pool-stats';
