import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';


/** A service ticket: status, priority, assignment, SLA clock, escalation and complaint category. */
@Entity({ name: 'tickets' })
export class TicketEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'text' }) priority: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ name: 'order_id', type: 'uuid', nullable: true }) orderId: string | null;
  @Column({ type: 'text', nullable: true }) category: string | null;
  @Column({ name: 'category_confidence', type: 'double precision', nullable: true }) categoryConfidence: number | null;
  /** CLASSIFIER or AGENT. */
  @Column({ name: 'category_source', type: 'text', nullable: true }) categorySource: string | null;
  @Column({ name: 'assignee_id', type: 'text', nullable: true }) assigneeId: string | null;
  @Column({ name: 'skill_group', type: 'text', nullable: true }) skillGroup: string | null;
  @Column({ name: 'manager_follow_up', type: 'boolean' }) managerFollowUp: boolean;
  @Column({ name: 'escalation_rules', type: 'text', array: true }) escalationRules: string[];
  /** The customer's tier when the ticket opened (chooses the SLA targets). */
  @Column({ type: 'text', nullable: true }) tier: string | null;
  @Column({ name: 'first_response_due_at', type: 'timestamptz' }) firstResponseDueAt: Date;
  @Column({ name: 'resolution_due_at', type: 'timestamptz' }) resolutionDueAt: Date;
  @Column({ name: 'first_responded_at', type: 'timestamptz', nullable: true }) firstRespondedAt: Date | null;
  @Column({ name: 'first_response_breached_at', type: 'timestamptz', nullable: true }) firstResponseBreachedAt: Date | null;
  @Column({ name: 'resolution_breached_at', type: 'timestamptz', nullable: true }) resolutionBreachedAt: Date | null;
  /** Set while the ticket waits for the customer (the SLA clock is paused). */
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true }) pausedAt: Date | null;
  @Column({ name: 'paused_ms', type: 'bigint' }) pausedMs: number;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'reopened_count', type: 'integer' }) reopenedCount: number;
  @Column({ name: 'recovery_of_survey_id', type: 'uuid', nullable: true }) recoveryOfSurveyId: string | null;
  /** The language of its text (zh or en), which routing matches against agents' languages. */
  @Column({ type: 'text', nullable: true }) language: string | null;
  /** The SKU a complaint is about (a line of its order); complaints about one SKU can form a care cluster. */
  @Column({ type: 'text', nullable: true }) sku: string | null;
  /** Set on a proactive care ticket: the care cluster it was opened for (one per customer per cluster). */
  @Column({ name: 'care_cluster_id', type: 'uuid', nullable: true }) careClusterId: string | null;
  @Column({ name: 'created_by_id', type: 'text', nullable: true }) createdById: string | null;
  @Column({ name: 'created_by_role', type: 'text', nullable: true }) createdByRole: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One message of a ticket's conversation, from the customer or an agent, on any channel. */
@Entity({ name: 'ticket_messages' })
export class TicketMessageEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: number;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  /** CUSTOMER or AGENT. */
  @Column({ type: 'text' }) author: string;
  @Column({ name: 'author_id', type: 'text', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One line of a ticket's history: status, assignment, priority, escalation (with the rule), category, SLA breach. */
@Entity({ name: 'ticket_history' })
export class TicketHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: number;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'from_value', type: 'text', nullable: true }) fromValue: string | null;
  @Column({ name: 'to_value', type: 'text', nullable: true }) toValue: string | null;
  @Column({ type: 'text', nullable: true }) rule: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'actor_id', type: 'text', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true }) actorRole: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}
