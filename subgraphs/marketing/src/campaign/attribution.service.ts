import type { EntityManager } from 'typeorm';
import type { EventCatalogue } from '@member-graph/common/events';

/**
 * Attribution: an order counts for a campaign when the customer's latest send of that campaign
 * (or their holdout decision) came within the campaign's window before the order was paid; each
 * order counts once per campaign (the report, in campaign.loaders, compares each variant with the holdout).
 */
export class AttributionService {
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
}
