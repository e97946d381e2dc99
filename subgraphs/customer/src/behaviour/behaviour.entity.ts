import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded behaviour event (append-only). */
@Entity({ name: 'behaviour_events' })
export class BehaviourEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: number;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'text', nullable: true }) sku: string | null;
  @Column({ type: 'text', nullable: true }) category: string | null;
  @Column({ type: 'text', nullable: true }) query: string | null;
  /** The tracker's own id of the event: a retried batch records it once. */
  @Column({ name: 'client_event_id', type: 'text', nullable: true }) clientEventId: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}
