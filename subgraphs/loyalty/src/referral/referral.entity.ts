import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReferralStatus = 'PENDING' | 'REWARDED' | 'REFUSED' | 'VOID';

/** A referee registered with a referrer's code; rewarded once on the referee's first paid order. */
@Entity({ name: 'referrals' })
export class ReferralEntity {
  @PrimaryColumn({ name: 'referee_id', type: 'uuid' }) refereeId: string;
  @Column({ name: 'referrer_id', type: 'uuid', nullable: true }) referrerId: string | null;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) status: ReferralStatus;
  @Column({ name: 'refusal_reason', type: 'text', nullable: true }) refusalReason: string | null;
  @Column({ name: 'reward_order_id', type: 'text', nullable: true }) rewardOrderId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
