import { type SubgraphConfig } from '@member-graph/common/config';
import { Outbox } from '@member-graph/common/events';
import { startSubgraph, type SubgraphStartOptions } from '@member-graph/common/server';
import { systemClock } from '@member-graph/common/time';
import type { ChannelAdapters } from './campaign/channel.adapter';
import { readMarketingSettings } from './config';
import type { MarketingSettings } from './settings';
import { marketingConsumers } from './consumers';
import { createContextFactory } from './context';
import { marketingJobs } from './jobs';
import { migrations } from './migrations';
import { marketingResolvers } from './resolvers';
import { buildMarketingSchema } from './schema';
import { createServices } from './services';

export { migrations };

/** Composition root: data source → bus → services (the rebuild replays through the bus) → schema → server, relay, consumer and jobs. */
export async function startMarketingSubgraph(
  config: SubgraphConfig,
  options: SubgraphStartOptions<MarketingSettings> & { adapters?: Partial<ChannelAdapters> } = {},
) {
  const settings = options.settings ?? readMarketingSettings();
  // no entities: marketing's services speak SQL (its tables are projections, counters and logs)
  return startSubgraph(config, options, { name: 'marketing', entities: [] }, async ({ dataSource, events }) => {
    const deps = { dataSource, outbox: new Outbox('marketing'), clock: options.clock ?? systemClock, settings };
    const services = createServices(deps, { bus: events.bus, adapters: options.adapters });
    return {
      services,
      schema: (await buildMarketingSchema(marketingResolvers(services))).schema,
      context: createContextFactory(dataSource),
      consumers: marketingConsumers(services),
      deadLetters: services.deadLetters,
      jobs: marketingJobs({ triggers: services.triggers, membership: services.membership, settings }),
    };
  });
}
