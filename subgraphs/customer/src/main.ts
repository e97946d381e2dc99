import { migrateSchema, readSubgraphConfig, runMain } from '@member-graph/common';
import { migrations, startCustomerSubgraph } from './app';

/** Binds the customer subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
runMain('customer subgraph', async () => {
  const config = readSubgraphConfig('customer');
  await migrateSchema(config.databaseUrl, 'customer', migrations);
  return startCustomerSubgraph(config);
});
