import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TierChangeReason = 'UPGRADE' | 'DOWNGRADE' | 'RENEW' | 'MERGE';

/** One line of a customer's tier history. */
@Entity({ name: 'tier_changes' })
export class TierChangeEntity {
  @PrimaryColumn({ type: 'bigint' }) id: number;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ name: 'from_tier', type: 'text', nullable: true }) fromTier: string | null;
  @Column({ name: 'to_tier', type: 'text' }) toTier: string;
  @Column({ type: 'text' }) reason: TierChangeReason;
  @Column({ type: 'integer' }) growth: number;
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true }) validUntil: Date | null;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
