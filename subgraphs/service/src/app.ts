import { type SubgraphConfig } from '@member-graph/common/config';
import { Outbox } from '@member-graph/common/events';
import { startSubgraph, type SubgraphStartOptions } from '@member-graph/common/server';
import { systemClock } from '@member-graph/common/time';
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
export async function startServiceSubgraph(config: SubgraphConfig, options: SubgraphStartOptions<ServiceSettings> = {}) {
  const settings = options.settings ?? readServiceSettings();
  return startSubgraph(config, options, { name: 'service', entities, subscriptions: true }, async ({ dataSource, events }) => {
    const services = createServices({ dataSource, outbox: new Outbox('service'), clock: options.clock ?? systemClock, settings, listener: events.doorbell });
    await services.categorisation.start();
    return {
      services,
      schema: (await buildServiceSchema(serviceResolvers(services))).schema,
      context: createContextFactory(dataSource, services.deps.clock),
      consumers: serviceConsumers(services),
      deadLetters: services.deadLetters,
      jobs: serviceJobs({ sla: services.sla, care: services.care, settings }),
    };
  });
}
