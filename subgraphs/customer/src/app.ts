import { type SubgraphConfig } from '@member-graph/common/config';
import { createDataSource } from '@member-graph/common/db';
import { Outbox } from '@member-graph/common/events';
import { startSubgraphRuntime } from '@member-graph/common/server';
import { systemClock, type Clock } from '@member-graph/common/time';
import { createContextFactory } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildCustomerSchema } from './schema';
import { wireResolvers } from './resolvers';
import { createServices } from './services';
import { rfmRefreshJob } from './rfm/rfm.job';
import { tagExpiryJob } from './tag/tag-expiry.job';
import { accountDeletionJob } from './deletion/deletion.job';
import { readCustomerSettings, type CustomerSettings } from './config';
import { valueRefitJob } from './value/value.job';
import { refreshLifecycleOnOrderRecorded } from './consumers/refresh-lifecycle-on-order-recorded';
import { refreshLifecycleOnOrderRefunded } from './consumers/refresh-lifecycle-on-order-refunded';
import { refreshLifecycleOnCustomerMerged } from './consumers/refresh-lifecycle-on-customer-merged';
import { refreshLifecycleOnCustomerUnmerged } from './consumers/refresh-lifecycle-on-customer-unmerged';
import { recordRefundOnReturnRefunded } from './consumers/record-refund-on-return-refunded';

export { migrations };

/** Composition root: data source → services → schema → server, relay, consumers and jobs. */
export async function startCustomerSubgraph(config: SubgraphConfig, options: { clock?: Clock; background?: boolean; port?: number; settings?: Readonly<CustomerSettings> } = {}) {
  const { dataSource, statements } = createDataSource({ url: config.databaseUrl, schema: 'customer', entities, logSql: config.logSql });
  await dataSource.initialize();
  const deps = { dataSource, outbox: new Outbox('customer'), clock: options.clock ?? systemClock, settings: options.settings ?? readCustomerSettings() };
  const services = createServices(deps);
  const { schema } = await buildCustomerSchema(wireResolvers(services));
  const runtime = await startSubgraphRuntime(
    {
      name: 'customer',
      config,
      dataSource,
      schema,
      deadLetters: services.deadLetters,
      context: createContextFactory({ ...deps, value: services.value }),
      background: options.background,
      jobs: [rfmRefreshJob(services.rfm), tagExpiryJob(services.tags), valueRefitJob(services.value), accountDeletionJob(services.deletions)],
      consumers: {
        'customer.lifecycle': {
          'order.recorded': refreshLifecycleOnOrderRecorded(services.rfm),
          'order.refunded': refreshLifecycleOnOrderRefunded(services.rfm),
          'customer.merged': refreshLifecycleOnCustomerMerged(services.rfm),
          'customer.unmerged': refreshLifecycleOnCustomerUnmerged(services.rfm),
        },
        'customer.returns': {
          'return.refunded': recordRefundOnReturnRefunded(services.refunds),
        },
      },
    },
    options.port ?? config.port,
  );
  return { ...runtime, services, dataSource, statements };
}
