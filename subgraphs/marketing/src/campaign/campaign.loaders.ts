import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid, manyByKey } from '@member-graph/common/graphql';
import { queryRows } from '../deps';
import { campaignReport, HOLDOUT, type ArmReport } from './ab-split.rules';
import type { VariantRow } from './campaign.repository';

/** The A/B reports of many campaigns in three queries: arms, sends per arm, attributed orders per arm. */
const reports = (ds: DataSource) =>
  new DataLoader<string, ArmReport[]>(async (ids) => {
    const arms = await queryRows<{ campaignId: string; code: string; cost: number }>(
      ds,
      `select v.campaign_id as "campaignId", v.code, c.cost_per_message_cents as cost from marketing.campaign_variants v
         join marketing.campaigns c on c.id = v.campaign_id where v.campaign_id = any($1::uuid[]) order by (v.code = '${HOLDOUT}'), v.code`,
      [ids],
    );
    const sends = await queryRows<{ campaignId: string; code: string; audience: number }>(
      ds,
      `select campaign_id as "campaignId", variant as code, count(*)::int as audience from marketing.send_log
        where campaign_id = any($1::uuid[]) and status in ('SENT', 'HOLDOUT') group by campaign_id, variant`,
      [ids],
    );
    const wins = await queryRows<{ campaignId: string; code: string; conversions: number; revenue: number }>(
      ds,
      `select campaign_id as "campaignId", variant as code, count(distinct customer_id)::int as conversions, sum(amount_cents)::bigint as revenue
         from marketing.conversions where campaign_id = any($1::uuid[]) group by campaign_id, variant`,
      [ids],
    );
    return ids.map((id) => {
      const mine = arms.filter((a) => a.campaignId === id);
      const stats = mine.map((a) => ({
        code: a.code,
        audience: sends.find((s) => s.campaignId === id && s.code === a.code)?.audience ?? 0,
        conversions: wins.find((w) => w.campaignId === id && w.code === a.code)?.conversions ?? 0,
        revenueCents: Number(wins.find((w) => w.campaignId === id && w.code === a.code)?.revenue ?? 0),
      }));
      return campaignReport(stats, Number(mine[0]?.cost ?? 0));
    });
  });

/** The campaign loaders of one request: each campaign's variants (holdout last) and A/B report. */
export function campaignLoaders(ds: DataSource) {
  return {
    variantsByCampaign: manyByKey<string, VariantRow>(
      (ids) =>
        queryRows<VariantRow>(
          ds,
          `select campaign_id as "campaignId", code, weight, title, body, assigned from marketing.campaign_variants
            where campaign_id = any($1::uuid[]) order by (code = '${HOLDOUT}'), code`,
          [ids.filter(isUuid)],
        ),
      (v) => v.campaignId,
    ),
    reportByCampaign: reports(ds),
  };
}
