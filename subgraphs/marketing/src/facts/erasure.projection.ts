import type { EntityManager } from 'typeorm';
import { recordErasedActors } from '@member-graph/common/db';
import { queryRows } from '../deps';

/**
 * Erasure in the projection (PIPL Art. 47): what describes an erased customer goes (their facts,
 * basket and browse counters, for the customers merged into them too) and their ids are kept in
 * marketing.erased_customers, with nothing else, so that no later event recreates them. The
 * co-occurrence counts (item_stats, item_pairs) count customers, not persons, and stay as they are.
 * A pure function of the projection and the event, like the rest of the projection.
 */
export class ErasureProjection {
  /** The erased customer, the customers the event names as merged into them, and (defensively) any id whose facts still lead to one of them. */
  async idsOf(tx: EntityManager, customerId: string, formerIds: readonly string[]): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `with recursive ids(id) as (
         select unnest($1::uuid[])
         union select f.customer_id from marketing.customer_facts f join ids on f.merged_into = ids.id)
       select id::text as id from ids order by id`,
      [[customerId, ...formerIds]],
    );
    return rows.map((r) => r.id);
  }

  /** Deletes the projection rows of `ids` and marks them erased; returns the ids not erased before (none on a redelivery). */
  async erase(tx: EntityManager, ids: readonly string[]): Promise<string[]> {
    for (const table of ['customer_facts', 'customer_skus', 'category_browses']) {
      await tx.query(`delete from marketing.${table} where customer_id = any($1::uuid[])`, [ids]);
    }
    const fresh = await queryRows<{ id: string }>(
      tx,
      `insert into marketing.erased_customers (customer_id) select unnest($1::uuid[]) on conflict do nothing returning customer_id::text as id`,
      [ids],
    );
    await recordErasedActors(tx, 'marketing', ids); // their tokens are refused here from now on
    return fresh.map((r) => r.id).sort();
  }

  /** Whether any of the ids belongs to an erased customer. */
  async isErased(tx: EntityManager, ...ids: string[]): Promise<boolean> {
    const rows = await queryRows(tx, `select 1 from marketing.erased_customers where customer_id = any($1::uuid[]) limit 1`, [ids]);
    return rows.length > 0;
  }
}
