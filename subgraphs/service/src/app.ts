import { type SubgraphConfig } from '@member-graph/common/config';
import { createDataSource } from '@member-graph/common/db';
import { connectEvents, Outbox } from '@member-graph/common/events';
import { startSubgraphRuntime } from '@member-graph/common/server';
import { systemClock, type Clock } from '@member-graph/common/time';
import { readServiceSettings } from './config';
import type { ServiceSettings } from './settings';
import { serviceConsumers } from './consumers';
import { createContextFactory } from './context';
import { entities } from './entities';
import { serviceJobs } from './jobs';
import { migrations } from './migrations';
import { serviceResolvers } from './resolvers';
import { buildServiceSchema } from './schema';
import { createServices } from './services';

export { migrations };

/**
 * Composition root: data source → bus and doorbell → services (the classifier trained from the shipped
 * set plus stored corrections) → schema → server with subscriptions, relay, consumers and jobs.
 */
export async function startServiceSubgraph(
  config: SubgraphConfig,
  options: { clock?: Clock; background?: boolean; port?: number; settings?: Readonly<ServiceSettings> } = {},
) {
  const settings = options.settings ?? readServiceSettings();
  const { dataSource, statements } = createDataSource({ url: config.databaseUrl, schema: 'service', entities, logSql: config.logSql });
  await dataSource.initialize();
  const events = await connectEvents(config.bus, config.databaseUrl);
  try {
    const services = createServices({ dataSource, outbox: new Outbox('service'), clock: options.clock ?? systemClock, settings, listener: events.doorbell });
    await services.categorisation.start();
    const { schema } = await buildServiceSchema(serviceResolvers(services));
    const jobs = serviceJobs({ sla: services.sla, care: services.care, settings });
    const runtime = await startSubgraphRuntime(
      {
        name: 'service',
        config,
        dataSource,
        schema,
        context: createContextFactory(dataSource, services.deps.clock),
        consumers: serviceConsumers(services),
        deadLetters: services.deadLetters,
        jobs,
        background: options.background,
        events,
        subscriptions: true,
      },
      options.port ?? config.port,
    );
    return { ...runtime, services, dataSource, statements, jobs };
  } catch (error) {
    await events.close();
    await dataSource.destroy();
    throw error;
  }
}
