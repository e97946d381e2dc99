import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RewardKind, TierRatios } from './reward.rules';

/** A reward of the catalogue: priced in points with a ratio per tier code, `exchanged` growing only while below `stock` (null: unlimited). */
@Entity({ name: 'rewards' })
export class RewardEntity {
  @PrimaryColumn({ type: 'bigint' }) id: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text' }) kind: RewardKind;
  @Column({ name: 'coupon_template_id', type: 'uuid', nullable: true }) couponTemplateId: string | null;
  @Column({ name: 'points_price', type: 'integer' }) pointsPrice: number;
  /** Tier code → share of the list price (0.01–1); tiers without one pay the list price. */
  @Column({ name: 'tier_ratios', type: 'jsonb' }) tierRatios: TierRatios;
  @Column({ type: 'integer', nullable: true }) stock: number | null;
  @Column({ type: 'integer' }) exchanged: number;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true }) validFrom: Date | null;
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true }) validUntil: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One member's exchange of points for a reward: what was paid at which tier, and the REDEEM line that paid it. */
@Entity({ name: 'reward_exchanges' })
export class RewardExchangeEntity {
  @PrimaryColumn({ type: 'bigint' }) id: number;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ name: 'reward_id', type: 'bigint' }) rewardId: number;
  /** The reward's name when exchanged. */
  @Column({ name: 'reward_name', type: 'text' }) rewardName: string;
  @Column({ type: 'text' }) kind: RewardKind;
  @Column({ name: 'coupon_template_id', type: 'uuid', nullable: true }) couponTemplateId: string | null;
  @Column({ type: 'text' }) tier: string;
  @Column({ type: 'integer' }) points: number;
  @Column({ name: 'balance_after', type: 'integer' }) balanceAfter: number;
  @Column({ name: 'entry_id', type: 'bigint' }) entryId: number;
  /** Unique per customer. */
  @Column({ name: 'idempotency_key', type: 'text' }) idempotencyKey: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
