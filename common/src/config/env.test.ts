import { readPlatformConfig } from './platform';
import { readEventRetryPolicy } from './event-retry';
import { readDbPoolConfig } from './db-pool';
import { readTracingConfig } from './tracing';
import { ConfigError } from './env';
import { readDatabaseUrls } from './databases';
import { readSubgraphConfig } from './subgraph';

test('a missing variable fails fast with a message that names it', () => {
  expect(() => readPlatformConfig({})).toThrow(ConfigError);
  expect(() => readPlatformConfig({})).toThrow(/DATABASE_URL is required/);
});

test('an invalid variable is named with the reason', () => {
  expect(() => readPlatformConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL is invalid/);
  expect(() => readPlatformConfig({ DATABASE_URL: 'postgres://x@h/db', NODE_ENV: 'staging' })).toThrow(/NODE_ENV is invalid/);
});

test('production requires a real gateway secret; development gets a dev default', () => {
  expect(() => readPlatformConfig({ DATABASE_URL: 'postgres://x@h/db', NODE_ENV: 'production' })).toThrow(/GATEWAY_SECRET/);
  const dev = readPlatformConfig({ DATABASE_URL: 'postgres://x@h/db' });
  expect(dev.production).toBe(false);
  expect(dev.gatewaySecret.length).toBeGreaterThan(10);
  expect(Object.isFrozen(dev)).toBe(true);
});

test('each subgraph reads its own database, falling back to DATABASE_URL; separate databases need BUS=nats', () => {
  const shared = 'postgres://app@db/shared';
  const own = 'postgres://app@db/customer';
  expect(readSubgraphConfig('loyalty', { DATABASE_URL: shared, CUSTOMER_DATABASE_URL: own, BUS: 'nats' }).databaseUrl).toBe(shared);
  expect(readSubgraphConfig('customer', { DATABASE_URL: shared, CUSTOMER_DATABASE_URL: own, BUS: 'nats' }).databaseUrl).toBe(own);
  // a pod given only its own database needs no DATABASE_URL
  expect(readSubgraphConfig('customer', { CUSTOMER_DATABASE_URL: own }).databaseUrl).toBe(own);
  expect(() => readSubgraphConfig('customer', { DATABASE_URL: shared, CUSTOMER_DATABASE_URL: own })).toThrow(
    /CUSTOMER_DATABASE_URL put subgraphs on separate databases.*set BUS=nats/,
  );
  expect(readDatabaseUrls({ DATABASE_URL: shared, CUSTOMER_DATABASE_URL: shared })).toEqual({ customer: shared, loyalty: shared, service: shared, marketing: shared });
});

test('HOST is the listen address, 127.0.0.1 unless set', () => {
  expect(readPlatformConfig({ DATABASE_URL: 'postgres://x@h/db' }).host).toBe('127.0.0.1');
  expect(readPlatformConfig({ DATABASE_URL: 'postgres://x@h/db', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
});

test('every rule beyond the variables themselves fails as a ConfigError too (one kind of start-up failure)', () => {
  const db = { DATABASE_URL: 'postgres://x@h/db' };
  expect(() => readPlatformConfig({ ...db, NODE_ENV: 'production' })).toThrow(ConfigError);
  expect(() => readEventRetryPolicy({ EVENT_RETRY_ATTEMPTS: '0' })).toThrow(ConfigError);
  expect(() => readEventRetryPolicy({ EVENT_RETRY_BACKOFF_MS: '500', EVENT_RETRY_MAX_BACKOFF_MS: '100' })).toThrow(ConfigError);
  expect(() => readDbPoolConfig('customer', { CUSTOMER_DB_POOL_MAX: '0' })).toThrow(ConfigError);
  expect(() => readTracingConfig('gateway', { OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow(ConfigError);
});
