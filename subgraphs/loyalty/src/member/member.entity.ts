import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A customer as loyalty knows them: tier and its period, referral code, birthday timer, merge pointer. */
@Entity({ name: 'members' })
export class MemberEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ name: 'referral_code', type: 'text' }) referralCode: string;
  @Column({ type: 'text' }) tier: string;
  @Column({ name: 'tier_since', type: 'timestamptz' }) tierSince: Date;
  /** End of the tier's period (null for the base tier). */
  @Column({ name: 'tier_valid_until', type: 'timestamptz', nullable: true }) tierValidUntil: Date | null;
  /** When the tier is reviewed for a downgrade: period end plus grace (null for the base tier). */
  @Column({ name: 'tier_review_at', type: 'timestamptz', nullable: true }) tierReviewAt: Date | null;
  @Column({ type: 'date', nullable: true }) birthday: string | null;
  /** Start of the next birthday month not yet granted (the birthday job's timer). */
  @Column({ name: 'birthday_due_at', type: 'timestamptz', nullable: true }) birthdayDueAt: Date | null;
  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true }) registeredAt: Date | null;
  /** Set when this customer was merged into another; all their loyalty data lives with the survivor. */
  @Column({ name: 'merged_into', type: 'uuid', nullable: true }) mergedInto: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
