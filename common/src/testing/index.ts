export * from './database';
export * from './graphql-client';
export * from './errors';
export * from './free-port';
export * from './nats';
