import { readSubgraphConfig } from '@member-graph/common/config';
import { migrateSubgraphDatabase } from '@member-graph/common/db';
import { runMain } from '@member-graph/common/server';
import { migrations, startLoyaltySubgraph } from './app';

/** Binds the loyalty subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
runMain('loyalty', async () => {
  const config = readSubgraphConfig('loyalty');
  await migrateSubgraphDatabase(config.databaseUrl, 'loyalty', migrations);
  return startLoyaltySubgraph(config);
});
