import { migrateSchema, readSubgraphConfig } from '@member-graph/common';
import { migrations, startCustomerSubgraph } from './app';

/** Binds the customer subgraph to its port; migrations run first (advisory-locked, so replicas are safe). */
async function main() {
  const config = readSubgraphConfig('customer');
  await migrateSchema(config.databaseUrl, 'customer', migrations);
  const running = await startCustomerSubgraph(config);
  console.log(`customer subgraph ready at ${running.url}`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
