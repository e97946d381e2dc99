import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of an order; `lineNo` keeps the order the feed sent them in. Amount in cents. */
@Entity({ name: 'order_lines' })
export class OrderLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId: string;
  @Column({ name: 'line_no', type: 'int' }) lineNo: number;
  @Column({ type: 'text' }) sku: string;
  @Column({ type: 'text', nullable: true }) category: string | null;
  @Column({ type: 'int' }) quantity: number;
  @Column({ name: 'amount_cents', type: 'bigint' }) amountCents: number;
}
