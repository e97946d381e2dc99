import type { BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth';
import type { HttpServerTimeouts, PlatformConfig } from '../config';
import { ErasedActors } from '../db/erased-actors';
import { connectEvents, OutboxRelay, type DeadLetterStore, type EventConsumer, type EventPlatform, type HandlerMap } from '../events';
import { scheduleJobs, type JobDefinition } from '../jobs';
import { log } from '../log';
import { createSubgraphServer, type RunningServer } from './subgraph-server';
import { registerSubgraphMetrics } from './subgraph-metrics';

export interface SubgraphRuntimeOptions<C extends BaseContext> {
  /** Also the Postgres schema name. */
  name: string;
  /** The database, the gateway secret, the mode and the metrics token (and, optionally, HTTP timeouts). */
  config: PlatformConfig & { httpTimeouts?: HttpServerTimeouts };
  dataSource: DataSource;
  schema: GraphQLSchema;
  context: (actor: Actor | null) => C;
  /** Consumers of this subgraph by name; each keeps its own offset. */
  consumers?: Record<string, HandlerMap>;
  /** The subgraph's parked events (admin API); attached here to the bus and the consumers' handlers, for replays. */
  deadLetters?: DeadLetterStore;
  jobs?: JobDefinition[];
  /** Set false in tests that drive relay and consumers by hand. */
  background?: boolean;
  /** The process's bus and doorbell when services need them too (subscriptions); connected here otherwise (`config.bus`). */
  events?: EventPlatform;
  /** Serve Subscription fields over graphql-ws. */
  subscriptions?: boolean;
}

/** A started subgraph: its server, and the relay and consumers tests may drive by hand. */
export interface SubgraphRuntime extends RunningServer {
  relay: OutboxRelay;
  consumers: EventConsumer[];
  /** Relays this subgraph's outbox and applies every pending event of its consumers (tests); returns how many events moved. */
  settle(): Promise<number>;
  /** Live upstream subscriptions served by this process. */
  activeSubscriptions(): number;
}

/**
 * The part of every subgraph's composition root that is the same everywhere: HTTP server, outbox
 * relay, event consumers (on the bus `config.bus` names), scheduled jobs and the doorbell; `stop()` ends them all.
 * Every subgraph's schema has `erased_actors` (erasedActorsMigration): a customer named there is refused.
 */
export async function startSubgraphRuntime<C extends BaseContext>(
  options: SubgraphRuntimeOptions<C>,
  port: number,
): Promise<SubgraphRuntime> {
  const { name, dataSource, config } = options;
  const events = options.events ?? (await connectEvents(config.bus, config.databaseUrl));
  const relay = new OutboxRelay(dataSource, name, events.bus, { listener: events.outboxListener });
  const consumers = Object.entries(options.consumers ?? {}).map(([consumerName, handlers]) =>
    events.bus.consumer({ name: consumerName, dataSource, schema: name, handlers, listener: events.doorbell, retry: config.eventRetry }),
  );
  options.deadLetters?.attach(events.bus, options.consumers ?? {});
  // an erased customer's token is refused by every subgraph before anything runs (`<schema>.erased_actors`)
  const erased = new ErasedActors(dataSource, name);
  await erased.start(events.outboxListener);
  const server = await createSubgraphServer({
    name,
    schema: options.schema,
    gatewaySecret: config.gatewaySecret,
    production: config.production,
    metricsToken: config.metricsToken,
    context: async (actor) => {
      erased.refuse(actor);
      return options.context(actor);
    },
    ready: async () => ({ postgres: await dataSource.query('select 1').then(() => true, () => false), ...(await events.ready()) }),
    subscriptions: options.subscriptions,
    httpTimeouts: config.httpTimeouts,
  });
  registerSubgraphMetrics(server.registry, { dataSource, schema: name, consumers, deadLetters: options.deadLetters });
  const running = await server.listen(port, config.host ?? '127.0.0.1');
  const background = options.background ?? true;
  let stopJobs = async () => {};
  if (background) {
    await relay.start();
    for (const c of consumers) await c.start();
    stopJobs = scheduleJobs(dataSource, name, options.jobs ?? [], (job, e) => log(name).error({ err: e, job }, `scheduled job ${job} failed; it runs again next time`));
  }
  return {
    ...running,
    relay,
    consumers,
    activeSubscriptions: server.activeSubscriptions,
    async settle() {
      let moved = await relay.drain();
      for (const c of consumers) moved += await c.drain();
      return moved;
    },
    async stop() {
      await running.stop();
      await erased.stop();
      await stopJobs();
      await relay.stop();
      for (const c of consumers) await c.stop();
      await events.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
