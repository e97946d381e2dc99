import { migrateSchema, readSubgraphConfig } from '@member-graph/common';
import { migrations, startLoyaltySubgraph } from './app';

/** Binds the loyalty subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
async function main() {
  const config = readSubgraphConfig('loyalty');
  await migrateSchema(config.databaseUrl, 'loyalty', migrations);
  const running = await startLoyaltySubgraph(config);
  console.log(`loyalty subgraph ready at ${running.url}`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
