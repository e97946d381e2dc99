import { runSubgraphMain } from '@member-graph/common/server';
import { migrations, startMarketingSubgraph } from './app';
import { appendOnlyTables } from './migrations';

/** Binds the marketing subgraph to its port, its database migrated first and connected as the app role. */
runSubgraphMain('marketing', { migrations, appendOnly: appendOnlyTables, start: (config) => startMarketingSubgraph(config) });
