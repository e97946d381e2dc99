import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import type { RewardKind, TierRatios } from './reward.rules';

/** A row of loyalty.rewards. */
export interface RewardRow {
  id: string;
  name: string;
  description: string | null;
  kind: RewardKind;
  couponTemplateId: string | null;
  pointsPrice: number;
  tierRatios: TierRatios;
  stock: number | null;
  exchanged: number;
  active: boolean;
  validFrom: Date | null;
  validUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A row of loyalty.reward_exchanges. */
export interface RewardExchangeRow {
  id: string;
  customerId: string;
  rewardId: string;
  rewardName: string;
  kind: RewardKind;
  couponTemplateId: string | null;
  tier: string;
  points: number;
  balanceAfter: number;
  entryId: string;
  idempotencyKey: string;
  createdAt: Date;
}

export const REWARD_COLUMNS = `id::text as id, name, description, kind, coupon_template_id as "couponTemplateId", points_price as "pointsPrice",
  tier_ratios as "tierRatios", stock, exchanged, active, valid_from as "validFrom", valid_until as "validUntil", created_at as "createdAt", updated_at as "updatedAt"`;

export const EXCHANGE_COLUMNS = `id::text as id, customer_id as "customerId", reward_id::text as "rewardId", reward_name as "rewardName", kind,
  coupon_template_id as "couponTemplateId", tier, points, balance_after as "balanceAfter", entry_id::text as "entryId",
  idempotency_key as "idempotencyKey", created_at as "createdAt"`;

/** What a reward row is written from (insert and update alike). */
export type RewardWrite = Omit<RewardRow, 'id' | 'exchanged' | 'createdAt' | 'updatedAt'>;

type Db = EntityManager | DataSource;

/** SQL of the rewards catalogue and its exchanges (schema loyalty only). */
export class RewardRepository {
  /** One page of the catalogue, newest first: every reward, or only those exchangeable at `now` (in stock or not). */
  page(db: Db, o: { onlyOpenAt: Date | null; afterId: string | null; limit: number }): Promise<RewardRow[]> {
    return queryRows<RewardRow>(
      db,
      `select ${REWARD_COLUMNS} from loyalty.rewards
       where ($1::timestamptz is null or (active and (valid_from is null or valid_from <= $1) and (valid_until is null or valid_until > $1)))
         and ($2::bigint is null or id < $2)
       order by loyalty.rewards.id desc limit $3`,
      [o.onlyOpenAt, o.afterId, o.limit],
    );
  }

  async insert(db: Db, w: RewardWrite, actorId: string, now: Date): Promise<RewardRow> {
    const [row] = await queryRows<RewardRow>(
      db,
      `insert into loyalty.rewards (name, description, kind, coupon_template_id, points_price, tier_ratios, stock, active, valid_from, valid_until, created_by, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $12) returning ${REWARD_COLUMNS}`,
      [w.name, w.description, w.kind, w.couponTemplateId, w.pointsPrice, JSON.stringify(w.tierRatios), w.stock, w.active, w.validFrom, w.validUntil, actorId, now],
    );
    return row;
  }

  async update(db: Db, id: string, w: RewardWrite, now: Date): Promise<RewardRow> {
    const [row] = await queryRows<RewardRow>(
      db,
      `update loyalty.rewards set name = $2, description = $3, coupon_template_id = $4, points_price = $5, tier_ratios = $6::jsonb, stock = $7,
         active = $8, valid_from = $9, valid_until = $10, updated_at = $11
       where id = $1 returning ${REWARD_COLUMNS}`,
      [id, w.name, w.description, w.couponTemplateId, w.pointsPrice, JSON.stringify(w.tierRatios), w.stock, w.active, w.validFrom, w.validUntil, now],
    );
    return row;
  }

  /** One reward, optionally locked for the rest of the transaction (an edit). */
  async byId(db: Db, id: string, lock = false): Promise<RewardRow | null> {
    const [row] = await queryRows<RewardRow>(db, `select ${REWARD_COLUMNS} from loyalty.rewards where id = $1${lock ? ' for update' : ''}`, [id]);
    return row ?? null;
  }

  /**
   * Takes one unit of stock, only while some is left: the one statement that keeps the stock exact
   * under races (a concurrent taker waits for the row and re-checks). False when none was left.
   */
  async takeOne(db: Db, id: string): Promise<boolean> {
    const taken = await queryRows(db, `update loyalty.rewards set exchanged = exchanged + 1 where id = $1 and (stock is null or exchanged < stock) returning id`, [id]);
    return taken.length > 0;
  }

  async exchangeByKey(db: Db, customerId: string, idempotencyKey: string): Promise<RewardExchangeRow | null> {
    const [row] = await queryRows<RewardExchangeRow>(db, `select ${EXCHANGE_COLUMNS} from loyalty.reward_exchanges where customer_id = $1 and idempotency_key = $2`, [customerId, idempotencyKey]);
    return row ?? null;
  }

  /** The id the next exchange gets (so its ledger line can name it before the row is written). */
  async nextExchangeId(db: Db): Promise<string> {
    const [{ id }] = await db.query(`select nextval(pg_get_serial_sequence('loyalty.reward_exchanges', 'id'))::text as id`);
    return id;
  }

  async insertExchange(db: Db, e: Omit<RewardExchangeRow, 'createdAt'>, now: Date): Promise<RewardExchangeRow> {
    const [row] = await queryRows<RewardExchangeRow>(
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
