import { runSubgraphMain } from '@member-graph/common/server';
import { migrations, startCustomerSubgraph } from './app';
import { appendOnlyTables } from './migrations';

/** Binds the customer subgraph to its port, its database migrated first and connected as the app role. */
runSubgraphMain('customer', { migrations, appendOnly: appendOnlyTables, start: (config) => startCustomerSubgraph(config) });
