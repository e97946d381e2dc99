import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tag on a customer; (customerId, name) is unique. Expired tags (expiresAt <= now) no longer count. */
@Entity({ name: 'tags' })
export class TagEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @PrimaryColumn({ type: 'text' }) name: string;
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'text' }) source: string;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'text' }) createdBy: string;
}
