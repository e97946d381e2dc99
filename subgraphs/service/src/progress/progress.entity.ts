import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One status change of a ticket, numbered per ticket from 1 (the NEW row). */
@Entity({ name: 'ticket_progress' })
export class TicketProgressEntity {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @PrimaryColumn({ type: 'int' }) seq: number;
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'actor_id', type: 'text', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true }) actorRole: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}

/** One stage change of a return, numbered per return from 1 (the REQUESTED row). */
@Entity({ name: 'return_progress' })
export class ReturnProgressEntity {
  @PrimaryColumn({ name: 'return_id', type: 'uuid' }) returnId: string;
  @PrimaryColumn({ type: 'int' }) seq: number;
  @Column({ type: 'text' }) stage: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'actor_id', type: 'text', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true }) actorRole: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}
