export * from './provider';
export * from './spans';
export * from './pg-driver';
