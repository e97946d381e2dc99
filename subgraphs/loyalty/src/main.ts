import { runSubgraphMain } from '@member-graph/common/server';
import { migrations, startLoyaltySubgraph } from './app';
import { appendOnlyTables } from './migrations';

/** Binds the loyalty subgraph to its port, its database migrated first and connected as the app role. */
runSubgraphMain('loyalty', { migrations, appendOnly: appendOnlyTables, start: (config) => startLoyaltySubgraph(config) });
