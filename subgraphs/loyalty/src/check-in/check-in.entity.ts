import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One daily check-in (one per Asia/Shanghai day) with the streak it made. */
@Entity({ name: 'check_ins' })
export class CheckInEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @PrimaryColumn({ type: 'date' }) day: string;
  @Column({ type: 'integer' }) streak: number;
  @Column({ type: 'integer' }) growth: number;
  @Column({ type: 'integer' }) points: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
