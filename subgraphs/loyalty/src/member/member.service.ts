import type { EntityManager } from 'typeorm';
import { requireActor, type Actor } from '@member-graph/common/auth';
import { notFound } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import { queryRows } from '@member-graph/common/db';
import { type Deps } from '../deps';
import { referralCodeFor } from '../referral/referral.rules';
import { MemberEntity } from './member.entity';
import type { MemberLoader } from './member.loaders';

/**
 * The member row of each customer: created on first sight (from an event or a write), locked by every
 * write to that customer's loyalty data so that writes per customer are serialised, and followed to
 * the survivor when the customer was merged.
 */
export class MemberService {
  constructor(private readonly deps: Deps) {}

  /**
   * `_entities` for Customer: staff may read any customer's loyalty, a customer only their own
   * (including through an id they were merged from); anyone else's answers NOT_FOUND.
   */
  async reference(actor: Actor | null, id: string, members: MemberLoader): Promise<{ id: string }> {
    const a = requireActor(actor);
    if (a.role === 'customer' && a.id !== id) {
      const own = isUuid(a.id) ? await members.load(a.id) : null;
      if (own?.mergedInto !== id) throw notFound('Customer', id);
    }
    return { id };
  }

  /** The account that holds a customer's loyalty data: the survivor when the customer was merged. */
  async accountOf(id: string, members: MemberLoader): Promise<string> {
    return (isUuid(id) ? (await members.load(id))?.mergedInto : null) ?? id;
  }

  /** The customer's referral code; derived from the id until loyalty has stored one (or after erasure, when it links no one). */
  async referralCode(id: string, members: MemberLoader): Promise<string> {
    return (await members.load(id))?.referralCode ?? referralCodeFor(id);
  }

  /**
   * Locks the member row of `customerId` for the rest of the transaction, following merges to the
   * survivor; creates the row first (base tier, referral code) when `create` is set.
   */
  async lock(tx: EntityManager, customerId: string, options: { create?: boolean; registeredAt?: Date | null } = {}): Promise<MemberEntity | null> {
    if (!isUuid(customerId)) return null;
    let id = customerId;
    for (let hop = 0; hop < 5; hop++) {
      let row = await this.selectForUpdate(tx, id);
      if (!row) {
        if (!options.create) return null;
        await this.ensure(tx, id, options.registeredAt ?? null);
        row = await this.selectForUpdate(tx, id);
      }
      if (!row) throw new Error(`member ${id} vanished`);
      if (!row.mergedInto) return row;
      id = row.mergedInto;
    }
    throw new Error(`merge chain of ${customerId} is too long`);
  }

  /** Locks exactly these member rows (creating missing ones) in id order, so concurrent lockers cannot deadlock; merges are not followed. */
  async lockExact(tx: EntityManager, ids: string[]): Promise<Map<string, MemberEntity>> {
    const locked = new Map<string, MemberEntity>();
    for (const id of [...new Set(ids)].filter(isUuid).sort()) {
      let row = await this.selectForUpdate(tx, id);
      if (!row) {
        await this.ensure(tx, id, null);
        row = await this.selectForUpdate(tx, id);
      }
      if (row) locked.set(id, row);
    }
    return locked;
  }

  /** Like `lock` with create, for callers that know the customer exists. */
  async lockOrCreate(tx: EntityManager, customerId: string, registeredAt?: Date | null): Promise<MemberEntity> {
    const m = await this.lock(tx, customerId, { create: true, registeredAt });
    if (!m) throw notFound('Customer', customerId);
    return m;
  }

  /** Like `lockOrCreate`, for what a person does themself (check-ins, reviews, shares): an erased customer is NOT_FOUND. */
  async lockPerson(tx: EntityManager, customerId: string): Promise<MemberEntity> {
    const m = await this.lockOrCreate(tx, customerId);
    if (m.erasedAt) throw notFound('Customer', customerId);
    return m;
  }

  /** The id a customer's data lives under now (no lock). */
  async canonicalId(tx: EntityManager, customerId: string): Promise<string> {
    let id = customerId;
    for (let hop = 0; hop < 5; hop++) {
      const [row] = await queryRows<{ mergedInto: string | null }>(tx, `select merged_into as "mergedInto" from loyalty.members where customer_id = $1`, [id]);
      if (!row?.mergedInto) return id;
      id = row.mergedInto;
    }
    return id;
  }

  /** Inserts the member row if missing; a referral code taken by someone else moves on to the next candidate. */
  private async ensure(tx: EntityManager, customerId: string, registeredAt: Date | null): Promise<void> {
    const now = this.deps.clock.now();
    const base = this.deps.programme.current().tiers[0].code;
    for (let attempt = 0; attempt < 10; attempt++) {
      const inserted = await tx.query(
        `insert into loyalty.members (customer_id, referral_code, tier, tier_since, registered_at, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $4, $4) on conflict do nothing returning customer_id`,
        [customerId, referralCodeFor(customerId, attempt), base, now, registeredAt],
      );
      if (inserted.length) return;
      const exists = await tx.query(`select 1 from loyalty.members where customer_id = $1`, [customerId]);
      if (exists.length) return;
    }
    throw new Error(`could not allocate a referral code for ${customerId}`);
  }

  private selectForUpdate(tx: EntityManager, id: string) {
    return tx
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.customer_id = :id', { id })
      .getOne();
  }
}
