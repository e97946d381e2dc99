import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The current consent of a customer for one channel × purpose (absent = never given). */
@Entity({ name: 'consents' })
export class ConsentEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @PrimaryColumn({ type: 'text' }) channel: string;
  @PrimaryColumn({ type: 'text' }) purpose: string;
  @Column({ type: 'boolean' }) granted: boolean;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'actor_id', type: 'text', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true }) actorRole: string | null;
}

/** One consent decision as it happened (append-only history). */
@Entity({ name: 'consent_history' })
export class ConsentChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: number;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'boolean' }) granted: boolean;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'actor_id', type: 'text', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true }) actorRole: string | null;
}
