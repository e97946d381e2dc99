import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';

/** Appends one line to the unlink audit (the kind of identity, never its value). */
export async function recordUnlink(tx: EntityManager, u: { customerId: string; type: string; appId: string; reason: string; actor: Actor; at: Date }): Promise<void> {
  await tx.query(
    `insert into customer.identity_unlinks (customer_id, type, app_id, reason, actor_id, actor_role, unlinked_at) values ($1, $2, $3, $4, $5, $6, $7)`,
    [u.customerId, u.type, u.appId, u.reason, u.actor.id, u.actor.role, u.at],
  );
}
