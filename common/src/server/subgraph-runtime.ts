import type { BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth';
import type { HttpServerTimeouts, PlatformConfig } from '../config';
import { Consumer, OutboxRelay, PgListener, PostgresBus, type HandlerMap } from '../events';
import { scheduleJobs, type JobDefinition } from '../jobs';
import { createSubgraphServer, type RunningServer } from './subgraph-server';

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
  jobs?: JobDefinition[];
  /** Set false in tests that drive relay and consumers by hand. */
  background?: boolean;
  /** The process's LISTEN connection, when services need it too (subscriptions); created here otherwise. */
  listener?: PgListener;
  /** Serve Subscription fields over graphql-ws. */
  subscriptions?: boolean;
}

/** A started subgraph: its server, and the relay and consumers tests may drive by hand. */
export interface SubgraphRuntime extends RunningServer {
  relay: OutboxRelay;
  consumers: Consumer[];
  /** Relays this subgraph's outbox and applies every pending event of its consumers (tests). */
  settle(): Promise<void>;
  /** Live upstream subscriptions served by this process. */
  activeSubscriptions(): number;
}

/**
 * The part of every subgraph's composition root that is the same everywhere: HTTP server, outbox
 * relay, event consumers, scheduled jobs and the LISTEN connection; `stop()` ends them all.
 */
export async function startSubgraphRuntime<C extends BaseContext>(
  options: SubgraphRuntimeOptions<C>,
  port: number,
): Promise<SubgraphRuntime> {
  const { name, dataSource, config } = options;
  const bus = new PostgresBus();
  const listener = options.listener ?? new PgListener(config.databaseUrl);
  const relay = new OutboxRelay(dataSource, name, bus, { listener });
  const consumers = Object.entries(options.consumers ?? {}).map(
    ([consumerName, handlers]) => new Consumer({ name: consumerName, dataSource, schema: name, bus, handlers, listener }),
  );
  const server = await createSubgraphServer({
    name,
    schema: options.schema,
    gatewaySecret: config.gatewaySecret,
    production: config.production,
    metricsToken: config.metricsToken,
    context: options.context,
    ready: async () => ({ postgres: await dataSource.query('select 1').then(() => true, () => false) }),
    subscriptions: options.subscriptions,
    httpTimeouts: config.httpTimeouts,
  });
  const running = await server.listen(port, config.host ?? '127.0.0.1');
  const background = options.background ?? true;
  let stopJobs = async () => {};
  if (background) {
    await relay.start();
    for (const c of consumers) await c.start();
    stopJobs = scheduleJobs(dataSource, options.jobs ?? [], (job, e) => console.error(`[job ${name}/${job}]`, e));
  }
  return {
    ...running,
    relay,
    consumers,
    activeSubscriptions: server.activeSubscriptions,
    async settle() {
      await relay.drain();
      for (const c of consumers) await c.drain();
    },
    async stop() {
      await running.stop();
      await stopJobs();
      await relay.stop();
      for (const c of consumers) await c.stop();
      await listener.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
