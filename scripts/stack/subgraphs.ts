import { migrateSubgraphDatabase } from '@member-graph/common/db';
import * as customerDb from '@member-graph/customer/src/migrations';
import * as loyaltyDb from '@member-graph/loyalty/src/migrations';
import * as serviceDb from '@member-graph/service/src/migrations';
import * as marketingDb from '@member-graph/marketing/src/migrations';

/**
 * Every subgraph of the system: its migrations, its audit tables and how to load its composition root. The roots are
 * required lazily, so a stack of one subgraph does not pay for loading the other three (each test file
 * loads its modules afresh). Add new subgraphs here.
 */
export const SUBGRAPHS = {
  customer: { migrations: customerDb.migrations, appendOnly: customerDb.appendOnlyTables, load: () => require('@member-graph/customer/src/app').startCustomerSubgraph as StartCustomer },
  loyalty: { migrations: loyaltyDb.migrations, appendOnly: loyaltyDb.appendOnlyTables, load: () => require('@member-graph/loyalty/src/app').startLoyaltySubgraph as StartLoyalty },
  service: { migrations: serviceDb.migrations, appendOnly: serviceDb.appendOnlyTables, load: () => require('@member-graph/service/src/app').startServiceSubgraph as StartService },
  marketing: { migrations: marketingDb.migrations, appendOnly: marketingDb.appendOnlyTables, load: () => require('@member-graph/marketing/src/app').startMarketingSubgraph as StartMarketing },
};
type StartCustomer = typeof import('@member-graph/customer/src/app').startCustomerSubgraph;
type StartLoyalty = typeof import('@member-graph/loyalty/src/app').startLoyaltySubgraph;
type StartService = typeof import('@member-graph/service/src/app').startServiceSubgraph;
type StartMarketing = typeof import('@member-graph/marketing/src/app').startMarketingSubgraph;

export type StackSubgraph = keyof typeof SUBGRAPHS;
export const ALL_SUBGRAPHS = Object.keys(SUBGRAPHS) as StackSubgraph[];

/** A started subgraph's handle, by name. */
export type RunningSubgraphs = { [K in StackSubgraph]: Awaited<ReturnType<ReturnType<(typeof SUBGRAPHS)[K]['load']>>> };

/**
 * Applies the bus and every subgraph's migrations as the owner (`databaseUrl` / `urls`: the owner's or a
 * superuser's URLs) and grants the app role (`appRole`, default member_graph_app) its rights.
 */
export async function migrateAll(databaseUrl: string, urls: Partial<Record<StackSubgraph, string>> = {}, appRole?: string): Promise<void> {
  for (const [name, s] of Object.entries(SUBGRAPHS) as [StackSubgraph, (typeof SUBGRAPHS)[StackSubgraph]][]) {
    await migrateSubgraphDatabase(urls[name] ?? databaseUrl, name, s.migrations, { appRole, appendOnly: s.appendOnly });
  }
}
