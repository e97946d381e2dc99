import { type SubgraphConfig } from '@member-graph/common/config';
import { createDataSource } from '@member-graph/common/db';
import { Outbox } from '@member-graph/common/events';
import { startSubgraphRuntime } from '@member-graph/common/server';
import { systemClock, type Clock } from '@member-graph/common/time';
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

/** Composition root: data source → services → schema → server, relay, consumer and jobs. */
export async function startMarketingSubgraph(
  config: SubgraphConfig,
  options: { clock?: Clock; background?: boolean; port?: number; settings?: Readonly<MarketingSettings>; adapters?: Partial<ChannelAdapters> } = {},
) {
  const settings = options.settings ?? readMarketingSettings();
  // no repositories: marketing's services speak SQL (its tables are projections, counters and logs)
  const { dataSource, statements } = createDataSource({ url: config.databaseUrl, schema: 'marketing', entities: [], logSql: config.logSql });
  await dataSource.initialize();
  const services = createServices({ dataSource, outbox: new Outbox('marketing'), clock: options.clock ?? systemClock, settings }, { adapters: options.adapters });
  const { schema } = await buildMarketingSchema(marketingResolvers(services));
  const jobs = marketingJobs({ triggers: services.triggers, membership: services.membership, settings });
  const runtime = await startSubgraphRuntime(
    {
      name: 'marketing',
      config,
      dataSource,
      schema,
      context: createContextFactory(dataSource),
      consumers: marketingConsumers(services),
      jobs,
      background: options.background,
    },
    options.port ?? config.port,
  );
  return { ...runtime, services, dataSource, statements, jobs };
}
