import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A badge a customer earned, once. */
@Entity({ name: 'customer_badges' })
export class CustomerBadgeEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ name: 'earned_at', type: 'timestamptz' }) earnedAt: Date;
}
