import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import type { AuditedField } from './profile.rules';

/** Appends one line to the profile-change audit (fields only, never values). */
export async function recordProfileChange(tx: EntityManager, change: { customerId: string; fields: AuditedField[]; actor: Actor; at: Date }): Promise<void> {
  await tx.query(`insert into customer.profile_changes (customer_id, fields, actor_id, actor_role, changed_at) values ($1, $2, $3, $4, $5)`, [
    change.customerId,
    change.fields,
    change.actor.id,
    change.actor.role,
    change.at,
  ]);
}
