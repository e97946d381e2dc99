import type { EntityManager } from 'typeorm';
import type { SegmentMembership } from '../segment/segment.membership';

/** Per-customer rows that only serve sending to the person (timers, the once-per-occurrence guard, the sticky A/B arm): deleted. */
const DELETED = ['segment_timers', 'campaign_timers', 'campaign_firings', 'campaign_assignments'] as const;

/**
 * Marketing's own data about an erased customer (PIPL Art. 47), once the projection has forgotten
 * them (ErasureProjection; live only, a rebuild does not run it again). The customer leaves every
 * segment the way any customer does (a segment_changes row and a marketing.segment_membership_changed
 * event, cause EVENT) after their earlier membership history is deleted; timers, firings and A/B
 * assignments go. What campaign reports, attribution and accounting count stays, without personal
 * content: send-log decisions keep status, channel, variant and reason but their occurrence is cut to
 * its kind (`browse:<category>:<since>` → `browse`); recorded messages lose title and body (the
 * rendered text holds the coupon code); issued coupons stay (redemptions are accounting records)
 * with an issue key that no longer carries the customer id, a client's key or an occurrence;
 * conversions (campaign, order id, variant, amount) stay, like the orders the customer subgraph keeps.
 */
export class ErasureService {
  constructor(private readonly membership: SegmentMembership) {}

  /** Runs in the consumer's transaction, holding the customers' locks. Only for ids erased just now (see ErasureProjection.erase). */
  async forget(tx: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(`delete from marketing.segment_changes where customer_id = any($1::uuid[])`, [ids]);
    for (const id of ids) await this.membership.evaluateCustomer(tx, id, 'EVENT');
    for (const table of DELETED) await tx.query(`delete from marketing.${table} where customer_id = any($1::uuid[])`, [ids]);
    await tx.query(`update marketing.send_log set occurrence = split_part(occurrence, ':', 1) where customer_id = any($1::uuid[])`, [ids]);
    await tx.query(`update marketing.messages set title = null, body = null where customer_id = any($1::uuid[])`, [ids]);
    await tx.query(`update marketing.coupons set issue_key = 'erased:' || id where customer_id = any($1::uuid[])`, [ids]);
  }
}
