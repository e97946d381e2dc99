import { type SubgraphConfig } from '@member-graph/common/config';
import { Outbox } from '@member-graph/common/events';
import { startSubgraph, type SubgraphStartOptions } from '@member-graph/common/server';
import { systemClock } from '@member-graph/common/time';
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
export async function startLoyaltySubgraph(config: SubgraphConfig, options: SubgraphStartOptions<LoyaltySettings> = {}) {
  const settings = options.settings ?? readLoyaltySettings();
  return startSubgraph(config, options, { name: 'loyalty', entities, subscriptions: true }, async ({ dataSource, events }) => {
    const base = { dataSource, outbox: new Outbox('loyalty'), clock: options.clock ?? systemClock, listener: events.doorbell };
    const programme = new ProgrammeService(base, programmeFromSettings(settings));
    await programme.start();
    const deps = { ...base, settings, programme };
    const services = createServices(deps, programme);
    return {
      services,
      schema: (await buildLoyaltySchema(wireResolvers(services))).schema,
      context: createContextFactory(deps),
      consumers: loyaltyConsumers(services),
      deadLetters: services.deadLetters,
      jobs: loyaltyJobs(settings.jobs, services.expiry, services.birthdays, services.tiers),
      stop: () => programme.stop(),
    };
  });
}
