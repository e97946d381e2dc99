import { runSubgraphMain } from '@member-graph/common/server';
import { migrations, startServiceSubgraph } from './app';
import { appendOnlyTables } from './migrations';

/** Binds the service subgraph to its port, its database migrated first and connected as the app role. */
runSubgraphMain('service', { migrations, appendOnly: appendOnlyTables, start: (config) => startServiceSubgraph(config) });
