import { migrateSchema, readSubgraphConfig, runMain } from '@member-graph/common';
import { migrations, startLoyaltySubgraph } from './app';

/** Binds the loyalty subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
runMain('loyalty subgraph', async () => {
  const config = readSubgraphConfig('loyalty');
  await migrateSchema(config.databaseUrl, 'loyalty', migrations);
  return startLoyaltySubgraph(config);
});
