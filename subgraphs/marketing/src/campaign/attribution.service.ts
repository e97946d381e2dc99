import type { EntityManager } from 'typeorm';
import DataLoader from 'dataloader';
import type { EventCatalogue } from '@member-graph/common/events';
import { queryRows, type Deps } from '../deps';
import { campaignReport, HOLDOUT, type ArmReport } from './campaign.rules';

/**
 * Attribution: an order counts for a campaign when the customer's latest send of that campaign
 * (or their holdout decision) came within the campaign's window before the order was paid; each
 * order counts once per campaign. The report compares each variant with the holdout.
 */
export class AttributionService {
  constructor(private readonly deps: Deps) {}

  async onOrder(tx: EntityManager, customerId: string, p: EventCatalogue['order.recorded']): Promise<void> {
    await tx.query(
      `insert into marketing.conversions (campaign_id, order_id, customer_id, variant, amount_cents, paid_at)
       select distinct on (l.campaign_id) l.campaign_id, $2, $1, l.variant, $3, $4
         from marketing.send_log l join marketing.campaigns c on c.id = l.campaign_id
        where l.customer_id = $1 and l.status in ('SENT', 'HOLDOUT') and l.decided_at <= $4
          and l.decided_at > $4::timestamptz - c.attribution_days * interval '1 day'
        order by l.campaign_id, l.decided_at desc, l.id desc
       on conflict do nothing`,
      [customerId, p.orderId, p.amountCents, p.paidAt],
    );
  }

  /** Reports of many campaigns in two queries. */
  reportLoader() {
    return new DataLoader<string, ArmReport[]>(async (ids) => {
      const ds = this.deps.dataSource;
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
  }
}
