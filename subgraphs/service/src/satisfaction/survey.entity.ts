import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A satisfaction survey offered when a ticket closes or a return is refunded; answered once. */
@Entity({ name: 'surveys' })
export class SurveyEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true }) ticketId: string | null;
  @Column({ name: 'return_id', type: 'uuid', nullable: true }) returnId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ type: 'integer', nullable: true }) csat: number | null;
  @Column({ type: 'integer', nullable: true }) nps: number | null;
  @Column({ type: 'integer', nullable: true }) ces: number | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ name: 'recovery_ticket_id', type: 'uuid', nullable: true }) recoveryTicketId: string | null;
}
