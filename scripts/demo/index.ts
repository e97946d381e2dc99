import { dataOf, graphql } from '@member-graph/common/testing';
import { seedCustomers } from './customers';
import { insightSeeded, seedInsightData, until, type SeedClient } from './insight';
import type { Tokens } from '../stack/test-stack';

/** What the demo seed did. */
export interface DemoSeed {
  customers: { id: string; name: string; created: boolean }[];
  /** Customers of the insight data set, or null when an earlier start seeded it. */
  insightCustomers: number | null;
}

/**
 * `npm start`'s demo data, through the gateway as a client would: the five demo customers (idempotent), and
 * once per database the insight data set behind the dashboard (analytics over the last half year, a
 * customer-value fit, segments, a sent campaign, complaints and returns). Its campaign goes out on the
 * marketing subgraph's own timer; SLA breaches appear as the demo tickets pass their targets.
 */
export async function seedDemo(gatewayUrl: string, tokens: Tokens, customerToken: (id: string) => Promise<string>): Promise<DemoSeed> {
  const client: SeedClient = {
    ok: async (query, variables, token) => dataOf(await graphql(gatewayUrl, query, variables, { token })),
    tokens,
    customerToken,
    settle: () => new Promise((r) => setTimeout(r, 250)),
    sendCampaign: (id) =>
      until(
        client,
        async () => {
          const { campaign } = await client.ok(`query($id: ID!) { campaign(id: $id) { report { audience } } }`, { id }, tokens.marketer);
          return campaign.report.some((arm: { audience: number }) => arm.audience > 0);
        },
        'the campaign timer sent the demo campaign',
      ),
  };
  const customers = await seedCustomers(client);
  const insight = (await insightSeeded(client)) ? null : await seedInsightData(client, () => new Date());
  // RFM scores otherwise wait for the daily job; refreshing is idempotent
  await client.ok(`mutation SeedRfm { refreshRfm { scoredCustomers } }`, {}, tokens.admin);
  return { customers, insightCustomers: insight?.customers.length ?? null };
}
