import { runExclusive } from '@member-graph/common/jobs';
import { DAY_MS, type ManualClock } from '@member-graph/common/time';
import { seedInsightData, type InsightSeed, type SeedClient } from '../demo/insight';
import type { TestStack } from './test-stack';

export type { InsightSeed } from '../demo/insight';

/**
 * The demo's insight data set (`scripts/demo/insight.ts`, what `npm start` seeds) on a test stack with a
 * manual clock: the campaign timer job runs by hand, a day passes before its recipients buy, and ten
 * hours after the tickets the SLA job marks the overdue first responses. The clock should stand a few
 * days before today at a daytime hour in Shanghai; it ends about a day and a half later.
 */
export async function seedInsight(h: TestStack, clock: ManualClock): Promise<InsightSeed> {
  const marketing = h.stack.subgraphs.marketing;
  const client: SeedClient = {
    ok: (query, variables, token) => h.ok(query, variables, token),
    tokens: h.tokens,
    customerToken: (id) => h.stack.token('customer', id),
    settle: () => h.settle(),
    async sendCampaign() {
      await runExclusive(marketing.dataSource, marketing.jobs.find((j) => j.name === 'marketing.campaign-timers')!);
      clock.advance(DAY_MS);
    },
  };
  const seed = await seedInsightData(client, () => clock.now());
  clock.advance(10 * 3_600_000);
  await h.stack.subgraphs.service.services.sla.detectBreaches();
  await h.settle();
  return seed;
}
