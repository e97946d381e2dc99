export * from './database';
export * from './graphql-client';
export * from './errors';
export * from './free-port';
export { chooseTestServer } from './global-setup';
export { stopTestServer } from './global-teardown';
export * from './nats';
export * from './spans';
export * from './within';
