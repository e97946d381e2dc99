import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A customer as loyalty knows them: tier and its period, referral code, birthday timer, merge pointer, erasure mark. */
@Entity({ name: 'members' })
export class MemberEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId: string;
  /** Null once the customer was erased: the code links no one any more. */
  @Column({ name: 'referral_code', type: 'text', nullable: true }) referralCode: string | null;
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
  /** Set when the person was erased: the row stays as an anonymous account for the ledger, nothing personal is written for it again. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
