import type { OrderStatus } from './order.enums';
import type { OrderEntity } from './order.entity';

/** The columns of customer.orders as raw SQL returns them. */
export interface OrderRow {
  id: string;
  customer_id: string;
  external_no: string;
  channel: string;
  store_id: string | null;
  paid_at: Date;
  amount_cents: number;
  refunded_cents: number;
  status: string;
  payload_hash: string;
  created_at: Date;
}

/** A raw orders row (from `returning *` or a hand-written select) as the entity. */
export const orderFromRow = (row: OrderRow): OrderEntity => ({
  id: row.id,
  customerId: row.customer_id,
  externalNo: row.external_no,
  channel: row.channel,
  storeId: row.store_id,
  paidAt: row.paid_at,
  amountCents: Number(row.amount_cents),
  refundedCents: Number(row.refunded_cents),
  status: row.status as OrderStatus,
  payloadHash: row.payload_hash,
  createdAt: row.created_at,
});
