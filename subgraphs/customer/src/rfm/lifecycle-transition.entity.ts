import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One move of a customer's lifecycle stage (append-only). */
@Entity({ name: 'lifecycle_transitions' })
export class LifecycleTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: number;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ name: 'from_stage', type: 'text' }) fromStage: string;
  @Column({ name: 'to_stage', type: 'text' }) toStage: string;
  @Column({ type: 'text' }) cause: string;
  @Column({ type: 'timestamptz' }) at: Date;
}
