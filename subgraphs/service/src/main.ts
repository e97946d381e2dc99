import { migrateSchema, readSubgraphConfig, runMain } from '@member-graph/common';
import { migrations, startServiceSubgraph } from './app';

/** Binds the service subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
runMain('service subgraph', async () => {
  const config = readSubgraphConfig('service');
  await migrateSchema(config.databaseUrl, 'service', migrations);
  return startServiceSubgraph(config);
});
