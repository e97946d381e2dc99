import { Column, Entity, PrimaryColumn } from 'typeorm';


/** A return (after-sales request) of lines of one order. */
@Entity({ name: 'returns' })
export class ReturnEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId: string;
  @Column({ type: 'text' }) stage: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'photo_urls', type: 'text', array: true }) photoUrls: string[];
  @Column({ name: 'amount_cents', type: 'bigint' }) amountCents: number;
  @Column({ name: 'auto_approved', type: 'boolean' }) autoApproved: boolean;
  /** The approval rule that decided (AUTO_APPROVAL, MANUAL_…), with its reason in the progress note. */
  @Column({ name: 'decision_rule', type: 'text', nullable: true }) decisionRule: string | null;
  /** Return shipping is free: opened while the customer's yearly free-return allowance (by tier) lasted. */
  @Column({ name: 'free_return', type: 'boolean' }) freeReturn: boolean;
  @Column({ type: 'text', nullable: true }) courier: string | null;
  @Column({ name: 'tracking_no', type: 'text', nullable: true }) trackingNo: string | null;
  @Column({ name: 'refunded_at', type: 'timestamptz', nullable: true }) refundedAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One returned line (one per sku). */
@Entity({ name: 'return_lines' })
export class ReturnLineEntity {
  @PrimaryColumn({ name: 'return_id', type: 'uuid' }) returnId: string;
  @PrimaryColumn({ type: 'text' }) sku: string;
  @Column({ type: 'integer' }) quantity: number;
  @Column({ name: 'amount_cents', type: 'bigint' }) amountCents: number;
}
