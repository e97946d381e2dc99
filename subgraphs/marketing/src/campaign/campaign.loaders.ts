import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid, manyByKey } from '@member-graph/common/graphql';
import { queryRows } from '../deps';
import { campaignReport, HOLDOUT, type ArmReport } from './ab-split.rules';
import { deliveryRates, type DeliveryRates } from './receipt.rules';

/** An arm's report with what delivery receipts said of its messages. */
export type ArmReceiptReport = ArmReport & DeliveryRates & { delivered: number; opened: number; clicked: number };
import type { VariantRow } from './campaign.repository';

/** The A/B reports of many campaigns in three queries: arms, sends (and their receipts) per arm, attributed orders per arm. */
const reports = (ds: DataSource) =>
  new DataLoader<string, ArmReceiptReport[]>(async (ids) => {
    const arms = await queryRows<{ campaignId: string; code: string; cost: number }>(
      ds,
      `select v.campaign_id as "campaignId", v.code, c.cost_per_message_cents as cost from marketing.campaign_variants v
         join marketing.campaigns c on c.id = v.campaign_id where v.campaign_id = any($1::uuid[]) order by (v.code = '${HOLDOUT}'), v.code`,
      [ids],
    );
    const sends = await queryRows<{ campaignId: string; code: string; audience: number; delivered: number; opened: number; clicked: number }>(
      ds,
      `select campaign_id as "campaignId", variant as code, count(*)::int as audience,
              count(delivered_at)::int as delivered, count(opened_at)::int as opened, count(clicked_at)::int as clicked from marketing.send_log
        where campaign_id = any($1::uuid[]) and status in ('SENT', 'HOLDOUT') group by campaign_id, variant`,
      [ids],
    );
    const wins = await queryRows<{ campaignId: string; code: string; conversions: number; revenue: number; deliveredConversions: number }>(
      ds,
      `select w.campaign_id as "campaignId", w.variant as code, count(distinct w.customer_id)::int as conversions, sum(w.amount_cents)::bigint as revenue,
              count(distinct w.customer_id) filter (where exists (select 1 from marketing.send_log l
                where l.campaign_id = w.campaign_id and l.customer_id = w.customer_id and l.delivered_at is not null))::int as "deliveredConversions"
         from marketing.conversions w where w.campaign_id = any($1::uuid[]) group by w.campaign_id, w.variant`,
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
      return campaignReport(stats, Number(mine[0]?.cost ?? 0)).map((r) => {
        const sent = sends.find((s) => s.campaignId === id && s.code === r.code);
        const counts = { delivered: sent?.delivered ?? 0, opened: sent?.opened ?? 0, clicked: sent?.clicked ?? 0 };
        const deliveredConversions = wins.find((w) => w.campaignId === id && w.code === r.code)?.deliveredConversions ?? 0;
        return { ...r, ...counts, ...deliveryRates({ ...counts, sent: r.holdout ? 0 : r.audience, deliveredConversions, costCents: r.costCents }) };
      });
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
