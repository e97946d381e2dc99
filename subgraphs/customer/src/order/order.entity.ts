import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrderStatus } from './order.enums';

/** A paid order (schema "customer"); `externalNo` is the feed's idempotency key. Amounts are cents. */
@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ name: 'external_no', type: 'text' }) externalNo: string;
  @Column({ type: 'text' }) channel: string;
  @Column({ name: 'store_id', type: 'text', nullable: true }) storeId: string | null;
  @Column({ name: 'paid_at', type: 'timestamptz' }) paidAt: Date;
  @Column({ name: 'amount_cents', type: 'bigint' }) amountCents: number;
  @Column({ name: 'refunded_cents', type: 'bigint' }) refundedCents: number;
  @Column({ type: 'text' }) status: OrderStatus;
  @Column({ name: 'payload_hash', type: 'text' }) payloadHash: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
