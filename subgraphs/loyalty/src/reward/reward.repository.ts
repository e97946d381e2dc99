import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import { RewardEntity, RewardExchangeEntity } from './reward.entity';

export const REWARD_COLUMNS = `id, name, description, kind, coupon_template_id as "couponTemplateId", points_price as "pointsPrice",
  tier_ratios as "tierRatios", stock, exchanged, active, valid_from as "validFrom", valid_until as "validUntil", created_at as "createdAt", updated_at as "updatedAt"`;

export const EXCHANGE_COLUMNS = `id, customer_id as "customerId", reward_id as "rewardId", reward_name as "rewardName", kind,
  coupon_template_id as "couponTemplateId", tier, points, balance_after as "balanceAfter", entry_id as "entryId",
  idempotency_key as "idempotencyKey", created_at as "createdAt"`;

/** What a reward row is written from (insert and update alike). */
export type RewardWrite = Omit<RewardEntity, 'id' | 'exchanged' | 'createdAt' | 'updatedAt'>;

type Db = EntityManager | DataSource;

/** Data access of the rewards catalogue and its exchanges (schema loyalty only): entities where a row is read by key, SQL for pages and conditional writes. */
export class RewardRepository {
  /** One page of the catalogue, newest first: every reward, or only those exchangeable at `now` (in stock or not). */
  page(db: Db, o: { onlyOpenAt: Date | null; afterId: number | null; limit: number }): Promise<RewardEntity[]> {
    return queryRows<RewardEntity>(
      db,
      `select ${REWARD_COLUMNS} from loyalty.rewards
       where ($1::timestamptz is null or (active and (valid_from is null or valid_from <= $1) and (valid_until is null or valid_until > $1)))
         and ($2::bigint is null or id < $2)
       order by loyalty.rewards.id desc limit $3`,
      [o.onlyOpenAt, o.afterId, o.limit],
    );
  }

  async insert(db: Db, w: RewardWrite, actorId: string, now: Date): Promise<RewardEntity> {
    const [row] = await queryRows<RewardEntity>(
      db,
      `insert into loyalty.rewards (name, description, kind, coupon_template_id, points_price, tier_ratios, stock, active, valid_from, valid_until, created_by, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $12) returning ${REWARD_COLUMNS}`,
      [w.name, w.description, w.kind, w.couponTemplateId, w.pointsPrice, JSON.stringify(w.tierRatios), w.stock, w.active, w.validFrom, w.validUntil, actorId, now],
    );
    return row;
  }

  async update(db: Db, id: number, w: RewardWrite, now: Date): Promise<RewardEntity> {
    const [row] = await queryRows<RewardEntity>(
      db,
      `update loyalty.rewards set name = $2, description = $3, coupon_template_id = $4, points_price = $5, tier_ratios = $6::jsonb, stock = $7,
         active = $8, valid_from = $9, valid_until = $10, updated_at = $11
       where id = $1 returning ${REWARD_COLUMNS}`,
      [id, w.name, w.description, w.couponTemplateId, w.pointsPrice, JSON.stringify(w.tierRatios), w.stock, w.active, w.validFrom, w.validUntil, now],
    );
    return row;
  }

  /** One reward, optionally locked for the rest of the transaction (an edit). */
  async byId(db: Db, id: number, lock = false): Promise<RewardEntity | null> {
    return db.getRepository(RewardEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /**
   * Takes one unit of stock, only while the reward is still open at `now` and some is left: the one
   * statement that keeps the stock exact under races (a concurrent taker or an admin's edit holds the
   * row; this one waits and re-checks). False when it was not taken.
   */
  async takeOne(db: Db, id: number, now: Date): Promise<boolean> {
    const taken = await queryRows(
      db,
      `update loyalty.rewards set exchanged = exchanged + 1
       where id = $1 and active and (valid_from is null or valid_from <= $2) and (valid_until is null or valid_until > $2)
         and (stock is null or exchanged < stock) returning id`,
      [id, now],
    );
    return taken.length > 0;
  }

  async exchangeByKey(db: Db, customerId: string, idempotencyKey: string): Promise<RewardExchangeEntity | null> {
    return db.getRepository(RewardExchangeEntity).findOneBy({ customerId, idempotencyKey });
  }

  /** The id the next exchange gets (so its ledger line can name it before the row is written). */
  async nextExchangeId(db: Db): Promise<number> {
    const [{ id }] = await db.query(`select nextval(pg_get_serial_sequence('loyalty.reward_exchanges', 'id')) as id`);
    return id;
  }

  async insertExchange(db: Db, e: Omit<RewardExchangeEntity, 'createdAt'>, now: Date): Promise<RewardExchangeEntity> {
    const [row] = await queryRows<RewardExchangeEntity>(
      db,
      `insert into loyalty.reward_exchanges (id, customer_id, reward_id, reward_name, kind, coupon_template_id, tier, points, balance_after, entry_id, idempotency_key, created_at)
       overriding system value values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning ${EXCHANGE_COLUMNS}`,
      [e.id, e.customerId, e.rewardId, e.rewardName, e.kind, e.couponTemplateId, e.tier, e.points, e.balanceAfter, e.entryId, e.idempotencyKey, now],
    );
    return row;
  }

  /** A merged customer's exchanges move to the survivor (keys are per customer: a clash keeps the survivor's key and suffixes the merged one). */
  async moveTo(db: Db, fromId: string, toId: string): Promise<void> {
    await db.query(
      `update loyalty.reward_exchanges e set customer_id = $2,
         idempotency_key = case when exists (select 1 from loyalty.reward_exchanges s where s.customer_id = $2 and s.idempotency_key = e.idempotency_key)
                                then e.idempotency_key || ':merged:' || $1 else e.idempotency_key end
       where customer_id = $1`,
      [fromId, toId],
    );
  }
}
