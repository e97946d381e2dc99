export * from './build-schema';
