import type { DataSource, EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction, queryRows, recordErasedActors } from '@member-graph/common/db';
import { badInput } from '@member-graph/common/errors';
import { envelope, redactEvents, type EventRedaction, type Outbox } from '@member-graph/common/events';
import { type Clock } from '@member-graph/common/time';
import { lockActiveCustomer } from '../customer/customer.repository';
import { closePending } from '../deletion/deletion.repository';

/** Tables whose rows only describe the person: deleted on erasure (consent history too, through the owner's function, once the erasure is recorded). */
const DELETED = ['identities', 'tags', 'behaviour_events', 'consents', 'customer_values'] as const;

/** The personal content of the events this subgraph wrote about a customer, blanked on erasure (outbox and bus). */
const REDACTED_EVENTS: EventRedaction[] = [
  ['customer.registered', { birthday: null, referralCode: null, fingerprints: [] }],
  ['customer.profile_updated', { birthday: null, region: null, fingerprints: [] }],
  ['customer.tags_changed', { added: [], removed: [] }],
  ['customer.behaviour_recorded', { sku: null, category: null }],
];

/** What an erasure answers. */
export interface ErasureRecord {
  customerId: string;
  formerIds: string[];
  erasedAt: Date;
}

/**
 * Erasure of a customer's personal data (PIPL Art. 47), by an admin acting on the person's request.
 * In one transaction: the profile is blanked and the status becomes ERASED; identities, tags,
 * behaviour and consent are deleted; the personal content of the events written about them (birthday,
 * region, tags, browsed items) is blanked in the outbox and on the bus; customers merged into this one
 * earlier are blanked too; a record
 * names who erased whom and why; `customer.erased` tells the other domains to do their part. Orders
 * and refunds stay (accounting records the law requires us to keep), tied to an id that no longer
 * names anyone; the identities are gone, so the same openid or phone later starts a new customer.
 */
export class ErasureService {
  constructor(private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock }) {}

  async erase(actor: Actor | null, customerId: string, reason: string): Promise<ErasureRecord> {
    const a = requireRole(actor, 'admin');
    const why = reason.trim();
    if (why.length < 1 || why.length > 500) throw badInput('reason must be 1–500 characters', { field: 'reason' });
    return inTransaction(this.deps.dataSource, (tx) => this.eraseIn(tx, a, customerId, why));
  }

  /**
   * The erasure itself, in the caller's transaction (an admin's eraseCustomer, or the account deletion
   * job carrying out the customer's own request): `actor` and `reason` go into the record.
   */
  async eraseIn(tx: EntityManager, a: Actor, customerId: string, why: string): Promise<ErasureRecord> {
    const customer = await lockActiveCustomer(tx, customerId);
    const former = await queryRows<{ id: string }>(
      tx,
      `with recursive merged(id) as (
         select id from customer.customers where merged_into_id = $1
         union select c.id from customer.customers c join merged m on c.merged_into_id = m.id)
       select id from merged order by id`,
      [customer.id],
    );
    const formerIds = former.map((r) => r.id);
    const ids = [customer.id, ...formerIds];
    const now = this.deps.clock.now();
    // the record first: consent history (append-only) can only be deleted for customers an erasure record names
    await tx.query(
      `insert into customer.erasures (customer_id, former_ids, actor_id, actor_role, reason, at) values ($1, $2::uuid[], $3, $4, $5, $6)`,
      [customer.id, formerIds, a.id, a.role, why, now],
    );
    for (const table of DELETED) await tx.query(`delete from customer.${table} where customer_id = any($1::uuid[])`, [ids]);
    await tx.query(`select customer.erase_consent_history($1)`, [customer.id]);
    await redactEvents(tx, 'customer', ids, ...REDACTED_EVENTS);
    await tx.query(
      `update customer.customers
          set name = null, phone = null, email = null, birthday = null, region = null, gender = 'UNKNOWN',
              last_active_at = null, updated_at = $2, status = case when id = $3 then 'ERASED' else status end
        where id = any($1::uuid[])`,
      [ids, now, customer.id],
    );
    // their tokens are refused from now on (the other subgraphs record them from customer.erased); a pending deletion request is done
    await recordErasedActors(tx, 'customer', ids);
    await closePending(tx, ids, 'ERASED', now);
    await this.deps.outbox.write(tx, envelope('customer.erased', customer.id, { customerId: customer.id, formerIds }, { actor: a, occurredAt: now }));
    return { customerId: customer.id, formerIds, erasedAt: now };
  }
}
