import { jetstream, jetstreamManager, JetStreamApiCodes, JetStreamApiError, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';

/** Settings of the NATS bus (see `readBusConfig`). */
export interface NatsSettings {
  url: string;
  prefix: string;
  streamReplicas?: number;
}

/** A replayed envelope carries its event id in Nats-Msg-Id; JetStream drops a repeat seen within this window. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;
/** How long the stream keeps events (for replays and consumers that were down). */
export const RETENTION_MS = 14 * 24 * 3_600_000;

/** The stream and subject names under a prefix. */
export function natsNames(prefix: string) {
  return {
    stream: `${prefix}_events`,
    eventsWildcard: `${prefix}.events.>`,
    eventSubject: (type: string) => `${prefix}.events.${type}`,
    doorbellSubject: (channel: string) => `${prefix}.doorbell.${channel}`,
  };
}

/** One process's NATS connection with its JetStream handles; the event stream exists once it resolves. */
export interface NatsBusConnection {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  names: ReturnType<typeof natsNames>;
  close(): Promise<void>;
}

/** Connects (retrying forever after the first success), then creates the event stream if it is missing. */
export async function connectNatsBus(settings: NatsSettings): Promise<NatsBusConnection> {
  const nc = await connect({ servers: settings.url, name: `member-graph-${process.pid}`, maxReconnectAttempts: -1 });
  try {
    const jsm = await jetstreamManager(nc);
    const names = natsNames(settings.prefix);
    await ensureStream(jsm, names, settings.streamReplicas ?? 1);
    return { nc, js: jetstream(nc), jsm, names, close: () => nc.drain().catch(() => nc.close()) };
  } catch (error) {
    await nc.close();
    throw error;
  }
}

async function ensureStream(jsm: JetStreamManager, names: ReturnType<typeof natsNames>, replicas: number) {
  try {
    await jsm.streams.info(names.stream);
  } catch (error) {
    if (!isApiError(error, JetStreamApiCodes.StreamNotFound)) throw error;
    await jsm.streams
      .add({
        name: names.stream,
        subjects: [names.eventsWildcard],
        duplicate_window: nanos(DUPLICATE_WINDOW_MS),
        max_age: nanos(RETENTION_MS),
        num_replicas: replicas,
      })
      .catch(async (e) => {
        // another replica created it at the same moment
        if (!(await jsm.streams.info(names.stream).then(() => true, () => false))) throw e;
      });
  }
}

export const isApiError = (error: unknown, code: number) => error instanceof JetStreamApiError && error.code === code;
