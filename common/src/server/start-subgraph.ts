import type { BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth';
import type { SubgraphConfig, SubgraphName } from '../config';
import { createDataSource, type DataSourceOptions, type StatementCounter } from '../db/data-source';
import { connectEvents, type DeadLetterStore, type EventPlatform, type HandlerMap } from '../events';
import type { JobDefinition } from '../jobs';
import type { Clock } from '../time';
import { startSubgraphRuntime, type SubgraphRuntime } from './subgraph-runtime';

/** The options every subgraph's `start…Subgraph` takes (tests pass a clock, a port, settings, background false). */
export interface SubgraphStartOptions<S> {
  clock?: Clock;
  background?: boolean;
  port?: number;
  settings?: Readonly<S>;
}

/** What a composition root opens before its services: the initialised data source and the process's bus and doorbell. */
export interface OpenedSubgraph {
  dataSource: DataSource;
  statements: StatementCounter;
  events: EventPlatform;
}

/** What a subgraph wires on what was opened: its services, and what the runtime serves and runs. */
export interface SubgraphWiring<S, C extends BaseContext> {
  services: S;
  schema: GraphQLSchema;
  context: (actor: Actor | null) => C;
  consumers: Record<string, HandlerMap>;
  deadLetters: DeadLetterStore;
  jobs: JobDefinition[];
  /** Stops what the wiring itself started, before the runtime stops. */
  stop?: () => Promise<void>;
}

/**
 * The frame of a subgraph's composition root that uses the bus for its own services: its data source
 * (on its own Postgres schema) and bus connection are opened, `wire` builds services, schema, consumers
 * and jobs on them, and the runtime serves them. When anything throws before the runtime runs, the bus
 * connection and the data source are closed again; once it runs, `stop()` closes them.
 */
export async function startSubgraph<S, C extends BaseContext>(
  config: SubgraphConfig,
  options: SubgraphStartOptions<unknown>,
  setup: { name: SubgraphName; entities: DataSourceOptions['entities']; subscriptions?: boolean },
  wire: (opened: OpenedSubgraph) => Promise<SubgraphWiring<S, C>>,
): Promise<SubgraphRuntime & { services: S; dataSource: DataSource; statements: StatementCounter; jobs: JobDefinition[] }> {
  const { dataSource, statements } = createDataSource({ url: config.databaseUrl, schema: setup.name, entities: setup.entities, logSql: config.logSql });
  await dataSource.initialize();
  const events = await connectEvents(config.bus, config.databaseUrl);
  try {
    const { services, stop: stopWiring, ...served } = await wire({ dataSource, statements, events });
    const runtime = await startSubgraphRuntime(
      { ...served, name: setup.name, config, dataSource, events, background: options.background, subscriptions: setup.subscriptions },
      options.port ?? config.port,
    );
    const stop = async () => {
      await stopWiring?.();
      await runtime.stop();
    };
    return { ...runtime, stop, services, dataSource, statements, jobs: served.jobs };
  } catch (error) {
    await events.close();
    await dataSource.destroy();
    throw error;
  }
}
