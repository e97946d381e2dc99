import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A customer row (schema "customer"). PII columns are read only through masking rules. */
@Entity({ name: 'customers' })
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', nullable: true }) name: string | null;
  @Column({ type: 'text' }) gender: 'MALE' | 'FEMALE' | 'UNKNOWN';
  @Column({ type: 'date', nullable: true }) birthday: string | null;
  @Column({ type: 'text', nullable: true }) region: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt: Date;
  @Column({ name: 'registration_channel', type: 'text' }) registrationChannel: string;
  @Column({ type: 'text' }) status: 'ACTIVE' | 'MERGED' | 'ERASED';
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true }) mergedIntoId: string | null;
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true }) lastActiveAt: Date | null;
  @Column({ name: 'recency_score', type: 'smallint', nullable: true }) recencyScore: number | null;
  @Column({ name: 'frequency_score', type: 'smallint', nullable: true }) frequencyScore: number | null;
  @Column({ name: 'monetary_score', type: 'smallint', nullable: true }) monetaryScore: number | null;
  @Column({ name: 'rfm_computed_at', type: 'timestamptz', nullable: true }) rfmComputedAt: Date | null;
  @Column({ name: 'lifecycle_stage', type: 'text' }) lifecycleStage: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
