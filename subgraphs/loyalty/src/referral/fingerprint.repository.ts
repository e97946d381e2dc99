import type { EntityManager } from 'typeorm';
import { isUuid } from '@member-graph/common/graphql';

/** The projection of customers' identity fingerprints (fed by customer.registered / customer.profile_updated). */
export class FingerprintRepository {
  /** Replaces a customer's fingerprints with the set an event carried (absent: an older event, nothing changes). */
  async replace(tx: EntityManager, customerId: string, fingerprints: unknown): Promise<void> {
    if (!isUuid(customerId) || !Array.isArray(fingerprints)) return;
    const valid = fingerprints.filter((f): f is string => typeof f === 'string' && f.length > 0 && f.length <= 64).slice(0, 50);
    await tx.query(`delete from loyalty.identity_fingerprints where customer_id = $1`, [customerId]);
    await tx.query(
      `insert into loyalty.identity_fingerprints (customer_id, fingerprint) select $1, f from unnest($2::text[]) f on conflict do nothing`,
      [customerId, valid],
    );
  }

  /**
   * Whether the referee shares a phone or unionid with the referrer or with any account merged into the
   * referrer (same fingerprint).
   */
  async shared(tx: EntityManager, refereeId: string, referrerId: string): Promise<boolean> {
    const [row] = await tx.query(
      `select exists (
         select 1 from loyalty.identity_fingerprints e
           join loyalty.identity_fingerprints r on r.fingerprint = e.fingerprint
          where e.customer_id = $1
            and (r.customer_id = $2 or r.customer_id in (select customer_id from loyalty.members where merged_into = $2))
       ) as shared`,
      [refereeId, referrerId],
    );
    return row.shared === true;
  }
}
