import { migrateSubgraphDatabase } from '@member-graph/common/db';
import { migrations as customerMigrations } from '@member-graph/customer/src/migrations';
import { migrations as loyaltyMigrations } from '@member-graph/loyalty/src/migrations';
import { migrations as serviceMigrations } from '@member-graph/service/src/migrations';
import { migrations as marketingMigrations } from '@member-graph/marketing/src/migrations';

/**
 * Every subgraph of the system: its migrations and how to load its composition root. The roots are
 * required lazily, so a stack of one subgraph does not pay for loading the other three (each test file
 * loads its modules afresh). Add new subgraphs here.
 */
export const SUBGRAPHS = {
  customer: { migrations: customerMigrations, load: () => require('@member-graph/customer/src/app').startCustomerSubgraph as StartCustomer },
  loyalty: { migrations: loyaltyMigrations, load: () => require('@member-graph/loyalty/src/app').startLoyaltySubgraph as StartLoyalty },
  service: { migrations: serviceMigrations, load: () => require('@member-graph/service/src/app').startServiceSubgraph as StartService },
  marketing: { migrations: marketingMigrations, load: () => require('@member-graph/marketing/src/app').startMarketingSubgraph as StartMarketing },
};
type StartCustomer = typeof import('@member-graph/customer/src/app').startCustomerSubgraph;
type StartLoyalty = typeof import('@member-graph/loyalty/src/app').startLoyaltySubgraph;
type StartService = typeof import('@member-graph/service/src/app').startServiceSubgraph;
type StartMarketing = typeof import('@member-graph/marketing/src/app').startMarketingSubgraph;

export type StackSubgraph = keyof typeof SUBGRAPHS;
export const ALL_SUBGRAPHS = Object.keys(SUBGRAPHS) as StackSubgraph[];

/** A started subgraph's handle, by name. */
export type RunningSubgraphs = { [K in StackSubgraph]: Awaited<ReturnType<ReturnType<(typeof SUBGRAPHS)[K]['load']>>> };

/** Applies the bus and every subgraph's migrations. */
export async function migrateAll(databaseUrl: string, urls: Partial<Record<StackSubgraph, string>> = {}): Promise<void> {
  for (const [name, s] of Object.entries(SUBGRAPHS) as [StackSubgraph, (typeof SUBGRAPHS)[StackSubgraph]][]) {
    await migrateSubgraphDatabase(urls[name] ?? databaseUrl, name, s.migrations);
  }
}
