import { ConfigError } from './env';
import { readBusConfig } from './bus';

test('the Postgres bus is the default', () => {
  expect(readBusConfig({})).toEqual({ kind: 'postgres' });
});

test('BUS=nats reads NATS_URL, NATS_PREFIX and NATS_STREAM_REPLICAS with defaults', () => {
  expect(readBusConfig({ BUS: 'nats' })).toEqual({ kind: 'nats', url: 'nats://127.0.0.1:4222', prefix: 'mg', streamReplicas: 1 });
  expect(readBusConfig({ BUS: 'nats', NATS_URL: 'nats://nats:4222', NATS_PREFIX: 'crm', NATS_STREAM_REPLICAS: '3' })).toEqual({
    kind: 'nats',
    url: 'nats://nats:4222',
    prefix: 'crm',
    streamReplicas: 3,
  });
});

test('invalid values are named with the reason', () => {
  expect(() => readBusConfig({ BUS: 'kafka' })).toThrow(ConfigError);
  expect(() => readBusConfig({ BUS: 'kafka' })).toThrow(/BUS is invalid/);
  expect(() => readBusConfig({ BUS: 'nats', NATS_URL: 'not a url' })).toThrow(/NATS_URL is invalid/);
  expect(() => readBusConfig({ BUS: 'nats', NATS_PREFIX: 'Bad.Prefix' })).toThrow(/NATS_PREFIX is invalid/);
});
