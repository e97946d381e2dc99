import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One identity of a customer; (type, appId, value) is unique across all customers. */
@Entity({ name: 'identities' })
export class IdentityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ type: 'text' }) type: string;
  @Column({ name: 'app_id', type: 'text' }) appId: string;
  @Column({ type: 'text' }) value: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
