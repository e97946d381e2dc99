import { type SubgraphConfig } from '@member-graph/common/config';
import { createDataSource } from '@member-graph/common/db';
import { connectEvents, Outbox } from '@member-graph/common/events';
import { startSubgraphRuntime } from '@member-graph/common/server';
import { systemClock, type Clock } from '@member-graph/common/time';
import { readLoyaltySettings } from './config';
import { programmeFromSettings } from './programme/programme.definitions';
import { ProgrammeService } from './programme/programme.service';
import type { LoyaltySettings } from './settings';
import { loyaltyConsumers } from './consumers';
import { createContextFactory } from './context';
import { entities } from './entities';
import { loyaltyJobs } from './jobs';
import { migrations } from './migrations';
import { buildLoyaltySchema } from './schema';
import { wireResolvers } from './resolvers';
import { createServices } from './services';

export { migrations };

/** Composition root: data source → services → schema → server, relay, consumers and jobs. */
export async function startLoyaltySubgraph(
  config: SubgraphConfig,
  options: { clock?: Clock; background?: boolean; port?: number; settings?: Readonly<LoyaltySettings> } = {},
) {
  const settings = options.settings ?? readLoyaltySettings();
  const { dataSource, statements } = createDataSource({ url: config.databaseUrl, schema: 'loyalty', entities, logSql: config.logSql });
  await dataSource.initialize();
  const events = await connectEvents(config.bus, config.databaseUrl);
  try {
    const base = { dataSource, outbox: new Outbox('loyalty'), clock: options.clock ?? systemClock, listener: events.doorbell };
    const programme = new ProgrammeService(base, programmeFromSettings(settings));
    await programme.start();
    const deps = { ...base, settings, programme };
    const services = createServices(deps, programme);
    const { schema } = await buildLoyaltySchema(wireResolvers(services));
    const jobs = loyaltyJobs(settings.jobs, services.expiry, services.birthdays, services.tiers);
    const runtime = await startSubgraphRuntime(
      {
        name: 'loyalty',
        config,
        dataSource,
        schema,
        context: createContextFactory(deps),
        consumers: loyaltyConsumers(services),
        deadLetters: services.deadLetters,
        jobs,
        background: options.background,
        events,
        subscriptions: true,
      },
      options.port ?? config.port,
    );
    const stop = async () => {
      await programme.stop();
      await runtime.stop();
    };
    return { ...runtime, stop, services, dataSource, statements, jobs };
  } catch (error) {
    await events.close();
    await dataSource.destroy();
    throw error;
  }
}
