import { readSubgraphConfig } from '@member-graph/common/config';
import { migrateSubgraphDatabase } from '@member-graph/common/db';
import { runMain } from '@member-graph/common/server';
import { migrations, startMarketingSubgraph } from './app';

/** Binds the marketing subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
runMain('marketing', async () => {
  const config = readSubgraphConfig('marketing');
  await migrateSubgraphDatabase(config.databaseUrl, 'marketing', migrations);
  return startMarketingSubgraph(config);
});
