import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { envelope } from '@member-graph/common/events';
import { isUuid } from '@member-graph/common/graphql';
import type { PriorityCode, TicketTypeCode } from './ticket.codes';
import { READ_ROLES, requireOwnerOrStaff, requireServiceStaff } from '../customer/access';
import type { FactsService } from '../customer/facts.service';
import type { CategorisationService } from '../categorisation/categorisation.service';
import type { ComplaintCategory } from '../classifier';
import { queryRows, type Deps } from '../deps';
import type { ProgressService } from '../progress/progress.service';
import { slaTarget } from '../sla/sla.rules';
import { ticketClosed } from './ticket.errors';
import { TicketEntity, TicketMessageEntity } from './ticket.entity';
import { checkTransition, isReopen, OPEN_STATUSES, text, type TicketStatusCode } from './ticket.rules';
import { ticketLanguage } from '../routing/routing.rules';
import { SERVICE_ACTOR } from '../service-actor';
import { planOpening, repeatWindowDays, type OpeningFacts } from './ticket.opening';
import { earlierTickets, lockTicket, writeHistory } from './ticket.repository';
import type { Assignment, OfferTicketSurvey, OpenOptions, OpenTicketCommand, TicketHooks } from './ticket.types';

const MINUTE = 60_000;

/**
 * Tickets: opening (classification of complaints, escalation rules, SLA targets by priority and tier),
 * the per-type state machine with the reopen window and the paused SLA clock, assignment, priority and
 * category corrections. Every change writes its history line, its progress row (status changes) and its
 * event in one transaction; a refused change changes nothing.
 */
export class TicketService {
  constructor(
    private readonly deps: Deps,
    private readonly facts: FactsService,
    private readonly progress: ProgressService,
    private readonly categorisation: CategorisationService,
    /** Offers the satisfaction survey of a ticket that closed (the satisfaction domain's write, injected). */
    private readonly offerSurvey: OfferTicketSurvey,
    /** Routing and proactive care, told of openings and freed agents. */
    private readonly hooks: TicketHooks,
  ) {}

  /** Opens a ticket: customers for themselves, staff (agent, admin, system) for any customer. */
  async open(actor: Actor | null, cmd: OpenTicketCommand): Promise<TicketEntity> {
    const a = requireRole(actor, ...READ_ROLES);
    const customerId = a.role === 'customer' ? a.id : cmd.customerId?.trim();
    if (!customerId || !isUuid(customerId)) throw badInput('customerId must be a customer id (UUID)', { field: 'customerId' });
    if (a.role === 'customer' && cmd.priority) throw badInput('only staff set a priority', { field: 'priority' });
    return inTransaction(this.deps.dataSource, (tx) => this.openIn(tx, a, { ...cmd, customerId }));
  }

  /** Opens a ticket inside the caller's transaction (messages without a ticket, recovery tickets): read, decide (planOpening), write. */
  async openIn(tx: EntityManager, actor: Actor, cmd: OpenTicketCommand & { customerId: string }, options: OpenOptions = {}): Promise<TicketEntity> {
    const subject = text(cmd.subject, 'subject', 200, { required: true })!;
    const body = text(cmd.body, 'body', 5000, { required: true })!;
    const facts = await this.openingFacts(tx, actor, { ...cmd, subject, body }, options);
    const plan = planOpening(this.deps.settings, facts);
    const ticket = tx.getRepository(TicketEntity).create(plan.ticket);
    await tx.getRepository(TicketEntity).insert(ticket);
    await tx.getRepository(TicketMessageEntity).insert({
      ticketId: ticket.id,
      customerId: ticket.customerId,
      author: options.careClusterId || !(actor.role === 'customer' || actor.role === 'system') ? 'AGENT' : 'CUSTOMER',
      authorId: actor.id,
      channel: cmd.channel,
      body,
      createdAt: facts.now,
    });
    await writeHistory(tx, ticket.id, actor, facts.now, ...plan.history);
    await this.progress.appendTicket(tx, { ticketId: ticket.id, status: 'NEW', note: subject, actor, at: facts.now });
    await this.progress.enqueue(tx, ticket.id, 'NEW', facts.now);
    if (plan.escalation.fired.length > 0) await this.progress.enqueue(tx, ticket.id, 'ESCALATED', facts.now);
    await this.deps.outbox.write(tx, ...plan.events);
    await this.hooks.opened(tx, ticket);
    return ticket;
  }

  /** Reads what opening decides on: the canonical customer, the order (theirs, or NOT_FOUND), tier, earlier tickets, the category. */
  private async openingFacts(tx: EntityManager, actor: Actor, cmd: OpenTicketCommand & { customerId: string; subject: string; body: string }, options: OpenOptions): Promise<OpeningFacts> {
    const now = this.deps.clock.now();
    const customerId = await this.facts.canonicalId(tx, cmd.customerId);
    const orderId = cmd.orderId?.trim().toLowerCase() || null;
    const order = orderId ? await this.facts.order(tx, orderId) : null;
    if (orderId && (!order || order.customerId !== customerId)) throw notFound('Order', orderId);
    const orderAmountCents = order?.amountCents ?? null;
    const sku = text(cmd.sku, 'sku', 64);
    if (sku && cmd.type !== 'COMPLAINT') throw badInput('only a complaint names a SKU', { field: 'sku' });
    if (sku && !order) throw badInput('a SKU needs the orderId of the order it was bought with', { field: 'sku' });
    if (sku && !order!.lines.some((l) => l.sku === sku)) throw badInput(`the order has no line with SKU ${sku}`, { field: 'sku' });
    const { tier } = await this.facts.of(tx, customerId);
    const category = cmd.type === 'COMPLAINT' ? this.categorisation.classify(`${cmd.subject}\n${cmd.body}`) : null;
    const windowDays = repeatWindowDays(this.deps.settings);
    const earlier = windowDays ? await earlierTickets(tx, customerId, new Date(now.getTime() - windowDays * 86_400_000)) : [];
    return {
      id: randomUUID(),
      customerId,
      type: cmd.type,
      channel: cmd.channel,
      subject: cmd.subject,
      orderId,
      orderAmountCents,
      sku,
      language: ticketLanguage(`${cmd.subject}\n${cmd.body}`),
      tier,
      earlier,
      category,
      requested: cmd.priority ?? 'NORMAL',
      escalate: options.escalate !== false,
      recoveryOfSurveyId: options.recoveryOfSurveyId ?? null,
      careClusterId: options.careClusterId ?? null,
      actor,
      now,
    };
  }

  /** Moves a ticket to another status (staff; a customer may close their resolved ticket or reopen it). */
  async transition(actor: Actor | null, input: { ticketId: string; to: TicketStatusCode; note?: string | null }): Promise<TicketEntity> {
    const a = requireRole(actor, ...READ_ROLES);
    const note = text(input.note, 'note', 1000);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const t = await lockTicket(tx, input.ticketId);
      await requireOwnerOrStaff(a, t.customerId, 'Ticket', input.ticketId, { tx });
      return this.move(tx, a, t, input.to, note, { byCustomer: a.role === 'customer' });
    });
  }

  /**
   * Applies one status change to a locked ticket: the SLA clock pauses in WAITING_CUSTOMER (the due times
   * move by the paused time on leaving it); RESOLVED counts as the first response; CLOSED offers the
   * survey; a reopen starts a new resolution target.
   */
  async move(tx: EntityManager, actor: Actor, t: TicketEntity, to: TicketStatusCode, note: string | null, options: { byCustomer: boolean }): Promise<TicketEntity> {
    const now = this.deps.clock.now();
    const from = t.status as TicketStatusCode;
    checkTransition({ type: t.type as TicketTypeCode, from, to, byCustomer: options.byCustomer, resolvedAt: t.resolvedAt, now, reopenWindowDays: this.deps.settings.reopenWindowDays });
    if (to === 'ASSIGNED' && !t.assigneeId && !t.skillGroup) {
      throw badInput('assign the ticket to an agent or a skill group with assignTicket first', { field: 'to' });
    }
    const patch: Partial<TicketEntity> = { status: to, updatedAt: now };
    if (from === 'WAITING_CUSTOMER' && t.pausedAt) {
      const paused = Math.max(0, now.getTime() - t.pausedAt.getTime());
      patch.pausedMs = t.pausedMs + paused;
      patch.pausedAt = null;
      if (!t.firstRespondedAt) patch.firstResponseDueAt = new Date(t.firstResponseDueAt.getTime() + paused);
      patch.resolutionDueAt = new Date(t.resolutionDueAt.getTime() + paused);
    }
    if (to === 'WAITING_CUSTOMER') patch.pausedAt = now;
    if (to === 'RESOLVED') {
      patch.resolvedAt = now;
      if (!t.firstRespondedAt) patch.firstRespondedAt = now;
    }
    if (to === 'CLOSED') {
      patch.closedAt = now;
      await this.offerSurvey(tx, { customerId: t.customerId, ticketId: t.id, at: now });
    }
    if (isReopen(from, to)) {
      const target = slaTarget(this.deps.settings, t.priority as PriorityCode, t.tier);
      patch.resolvedAt = null;
      patch.closedAt = null;
      patch.reopenedCount = t.reopenedCount + 1;
      patch.resolutionDueAt = new Date(now.getTime() + target.resolutionMinutes * MINUTE);
      patch.resolutionBreachedAt = null;
    }
    await tx.getRepository(TicketEntity).update({ id: t.id }, patch);
    await writeHistory(tx, t.id, actor, now, { kind: 'STATUS', from, to, note, rule: isReopen(from, to) ? 'REOPEN' : null });
    const seq = await this.progress.appendTicket(tx, { ticketId: t.id, status: to, note, actor, at: now });
    await this.deps.outbox.write(
      tx,
      envelope('ticket.status_changed', t.id, { ticketId: t.id, customerId: t.customerId, from, to, seq, note }, { actor, occurredAt: now }),
    );
    Object.assign(t, patch);
    if (t.assigneeId && OPEN_STATUSES.includes(from) && !OPEN_STATUSES.includes(to)) await this.hooks.released(tx, t.assigneeId);
    return t;
  }

  /** Assigns a ticket to an agent and/or a skill group (staff); a NEW ticket becomes ASSIGNED. */
  async assign(actor: Actor | null, input: { ticketId: string; agentId?: string | null; skillGroup?: string | null; note?: string | null }): Promise<TicketEntity> {
    const a = requireServiceStaff(actor);
    const agentId = text(input.agentId, 'agentId', 128);
    const skillGroup = text(input.skillGroup, 'skillGroup', 64);
    if (!agentId && !skillGroup) throw badInput('give an agentId, a skillGroup or both', { field: 'agentId' });
    const note = text(input.note, 'note', 1000);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const t = await lockTicket(tx, input.ticketId);
      if (t.status === 'CLOSED') throw ticketClosed('A closed ticket cannot be assigned; reopen it first');
      return this.assignIn(tx, a, t, { agentId, skillGroup, note });
    });
  }

  /**
   * Applies an assignment to a locked ticket: the ASSIGNED history line (with routing's rule), and a
   * NEW ticket moves to ASSIGNED (progress, ticket.status_changed). A null agent with no skill group
   * takes the ticket off its agent (routing found nobody to hand it to).
   */
  async assignIn(tx: EntityManager, actor: Actor, t: TicketEntity, x: Assignment): Promise<TicketEntity> {
    const now = this.deps.clock.now();
    const before = [t.assigneeId, t.skillGroup].filter(Boolean).join(' / ') || null;
    const assigneeId = x.rule ? x.agentId : (x.agentId ?? t.assigneeId);
    Object.assign(t, { assigneeId, skillGroup: x.skillGroup ?? t.skillGroup, updatedAt: now });
    await tx.getRepository(TicketEntity).update({ id: t.id }, { assigneeId: t.assigneeId, skillGroup: t.skillGroup, updatedAt: now });
    const after = [t.assigneeId, t.skillGroup].filter(Boolean).join(' / ') || null;
    await writeHistory(tx, t.id, actor, now, { kind: 'ASSIGNED', from: before, to: after, note: x.note, rule: x.rule ?? null });
    return t.status === 'NEW' && after ? this.move(tx, actor, t, 'ASSIGNED', x.note, { byCustomer: false }) : t;
  }

  /** Sets a ticket's priority (staff); the open SLA targets move by the difference of the targets. */
  async setPriority(actor: Actor | null, input: { ticketId: string; priority: PriorityCode; note?: string | null }): Promise<TicketEntity> {
    const a = requireServiceStaff(actor);
    const note = text(input.note, 'note', 1000);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const t = await lockTicket(tx, input.ticketId);
      if (t.priority === input.priority) return t;
      const now = this.deps.clock.now();
      const before = slaTarget(this.deps.settings, t.priority as PriorityCode, t.tier);
      const after = slaTarget(this.deps.settings, input.priority, t.tier);
      const patch: Partial<TicketEntity> = {
        priority: input.priority,
        updatedAt: now,
        firstResponseDueAt: new Date(t.firstResponseDueAt.getTime() + (after.firstResponseMinutes - before.firstResponseMinutes) * MINUTE),
        resolutionDueAt: new Date(t.resolutionDueAt.getTime() + (after.resolutionMinutes - before.resolutionMinutes) * MINUTE),
      };
      await tx.getRepository(TicketEntity).update({ id: t.id }, patch);
      await writeHistory(tx, t.id, a, now, { kind: 'PRIORITY', from: t.priority, to: input.priority, note });
      return Object.assign(t, patch);
    });
  }

  /**
   * An agent's correction of a complaint's category: stored as new training data (with the complaint
   * text) and taught to the in-memory classifier once committed.
   */
  async correctCategory(actor: Actor | null, input: { ticketId: string; category: ComplaintCategory; note?: string | null }): Promise<TicketEntity> {
    const a = requireServiceStaff(actor, 'agent', 'admin');
    const note = text(input.note, 'note', 1000);
    const { ticket, example } = await inTransaction(this.deps.dataSource, async (tx) => {
      const t = await lockTicket(tx, input.ticketId);
      if (t.type !== 'COMPLAINT') throw badInput('only complaints have a category', { field: 'ticketId' });
      const now = this.deps.clock.now();
      const [first] = await queryRows<{ body: string }>(tx, `select body from service.ticket_messages where ticket_id = $1 order by id limit 1`, [t.id]);
      const sample = `${t.subject}\n${first?.body ?? ''}`.trim();
      await this.categorisation.storeCorrection(tx, { ticketId: t.id, text: sample, label: input.category, previous: t.category, actorId: a.id, at: now });
      const patch: Partial<TicketEntity> = { category: input.category, categoryConfidence: null, categorySource: 'AGENT', updatedAt: now };
      await tx.getRepository(TicketEntity).update({ id: t.id }, patch);
      await writeHistory(tx, t.id, a, now, { kind: 'CATEGORY_CORRECTED', from: t.category, to: input.category, rule: 'AGENT_CORRECTION', note });
      return { ticket: Object.assign(t, patch), example: { text: sample, label: input.category } };
    });
    this.categorisation.learn(example);
    return ticket;
  }

  /** Marks the first agent response (messages call this). */
  async markResponded(tx: EntityManager, t: TicketEntity, at: Date): Promise<void> {
    if (t.firstRespondedAt) return;
    t.firstRespondedAt = at;
    await tx.getRepository(TicketEntity).update({ id: t.id }, { firstRespondedAt: at, updatedAt: at });
  }

  /** The service's own actor (for changes nobody typed). */
  readonly serviceActor = SERVICE_ACTOR;
}
