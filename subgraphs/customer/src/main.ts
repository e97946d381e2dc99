import { readSubgraphConfig } from '@member-graph/common/config';
import { migrateSubgraphDatabase } from '@member-graph/common/db';
import { runMain } from '@member-graph/common/server';
import { migrations, startCustomerSubgraph } from './app';

/** Binds the customer subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
runMain('customer', async () => {
  const config = readSubgraphConfig('customer');
  await migrateSubgraphDatabase(config.databaseUrl, 'customer', migrations);
  return startCustomerSubgraph(config);
});
