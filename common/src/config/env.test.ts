import { readPlatformConfig } from './platform';
import { ConfigError } from './env';

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
