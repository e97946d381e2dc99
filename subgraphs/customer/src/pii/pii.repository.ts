import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';

/** Records that `actor` was shown these (customer, field) pairs unmasked, all in one statement. */
export async function recordPiiReveals(db: DataSource | EntityManager, pairs: [customerId: string, field: string][], actor: Actor, at: Date): Promise<void> {
  await db.query(
    `insert into customer.pii_reveals (customer_id, field, actor_id, actor_role, at)
     select c, f, $3, $4, $5 from unnest($1::uuid[], $2::text[]) as t(c, f)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1]), actor.id, actor.role, at],
  );
}
