import { ConfigError, readEnv, str, url, num } from './env';

/** Which event bus carries events between subgraphs: the embedded default, or NATS JetStream. */
export type BusConfig =
  | { kind: 'postgres' }
  | {
      kind: 'nats';
      /** One seed server, e.g. nats://127.0.0.1:4222 (the client learns the rest of a cluster from it). */
      url: string;
      /** Names the stream (`<PREFIX>_events`) and the subjects (`<prefix>.events.<type>`, `<prefix>.doorbell.<channel>`). */
      prefix: string;
      /** JetStream replicas of the event stream (3 on a production cluster). */
      streamReplicas: number;
    };

const PREFIX = /^[a-z][a-z0-9_]{0,31}$/;

/**
 * Reads `BUS` (postgres | nats, default postgres), and with nats `NATS_URL` (default
 * nats://127.0.0.1:4222), `NATS_PREFIX` (default mg) and `NATS_STREAM_REPLICAS` (default 1).
 */
export function readBusConfig(env: NodeJS.ProcessEnv = process.env): BusConfig {
  const raw = readEnv(
    {
      BUS: str({ choices: ['postgres', 'nats'], default: 'postgres', desc: 'event bus: postgres (embedded default) or nats (JetStream)' }),
      NATS_URL: url({ default: 'nats://127.0.0.1:4222', desc: 'NATS server(s) when BUS=nats' }),
      NATS_PREFIX: str({ default: 'mg', desc: 'stream and subject prefix when BUS=nats' }),
      NATS_STREAM_REPLICAS: num({ default: 1, choices: [1, 3, 5], desc: 'JetStream replicas of the event stream' }),
    },
    env,
  );
  if (raw.BUS === 'postgres') return Object.freeze({ kind: 'postgres' });
  if (!PREFIX.test(raw.NATS_PREFIX)) {
    throw new ConfigError(`Invalid configuration:\n  NATS_PREFIX is invalid: lower-case letters, digits and _ (max 32), starting with a letter`);
  }
  return Object.freeze({ kind: 'nats', url: raw.NATS_URL, prefix: raw.NATS_PREFIX, streamReplicas: raw.NATS_STREAM_REPLICAS });
}
