import { readSubgraphConfig } from '@member-graph/common/config';
import { migrateSubgraphDatabase } from '@member-graph/common/db';
import { runMain } from '@member-graph/common/server';
import { migrations, startServiceSubgraph } from './app';

/** Binds the service subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
runMain('service', async () => {
  const config = readSubgraphConfig('service');
  await migrateSubgraphDatabase(config.databaseUrl, 'service', migrations);
  return startServiceSubgraph(config);
});
