import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A (partial or full) refund of an order; `externalRefundNo` is the idempotency key. Amount in cents. */
@Entity({ name: 'refunds' })
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId: string;
  @Column({ name: 'external_refund_no', type: 'text' }) externalRefundNo: string;
  @Column({ name: 'amount_cents', type: 'bigint' }) amountCents: number;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'payload_hash', type: 'text' }) payloadHash: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
