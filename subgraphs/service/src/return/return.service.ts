import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { envelope, type EventEnvelope } from '@member-graph/common/events';
import { isUuid } from '@member-graph/common/graphql';
import { DAY_MS } from '@member-graph/common/time';
import { READ_ROLES, requireOwnerOrStaff } from '../customer/access';
import type { FactsService, OrderFacts } from '../customer/facts.service';
import type { FreeReturnService } from '../free-return/free-return.service';
import { queryRows, type Deps } from '../deps';
import type { ProgressService } from '../progress/progress.service';
import { offerSurvey } from '../satisfaction/survey.repository';
import { text } from '../ticket/ticket.rules';
import { SERVICE_ACTOR } from '../service-actor';
import { returnWindowClosed } from './return.errors';
import { ReturnEntity, ReturnLineEntity } from './return.entity';
import { heldLines } from './return.repository';
import { autoApproval, checkRefundable, checkReturnTransition, photoUrls, returnLines, VOID_STAGES, type ApprovalDecision, type ReturnLineFact, type ReturnStageCode } from './return.rules';

/** A return as callers give it. */
export interface OpenReturnCommand {
  orderId: string;
  lines: { sku: string; quantity: number }[];
  reason: string;
  photoUrls?: string[] | null;
}

/** What a stage change may carry. */
export interface MoveReturnCommand {
  returnId: string;
  to: ReturnStageCode;
  note?: string | null;
  courier?: string | null;
  trackingNo?: string | null;
}

/**
 * Returns: opened for lines of an order the service knows from `order.recorded` (never reading the
 * customer subgraph's tables), auto-approved by the configured rule on the customer's history (return
 * rate, tier, amount) or left to an agent, then moved stage by stage. Every stage is a progress row
 * (time, actor, note, per-return seq) and an event in the same transaction as the change; REFUNDED
 * emits `return.refunded`, from which the customer subgraph records the refund on the order.
 */
export class ReturnService {
  constructor(
    private readonly deps: Deps,
    private readonly facts: FactsService,
    private readonly progress: ProgressService,
    private readonly freeReturns: FreeReturnService,
  ) {}

  /** Opens a return: the customer for their own order, staff (agent, admin, system) for anyone's. */
  async open(actor: Actor | null, cmd: OpenReturnCommand): Promise<ReturnEntity> {
    const a = requireRole(actor, ...READ_ROLES);
    const reason = text(cmd.reason, 'reason', 500, { required: true })!;
    const photos = photoUrls(cmd.photoUrls);
    if (!isUuid(cmd.orderId ?? '')) throw badInput('orderId must be an order id (UUID)', { field: 'orderId' });
    const orderId = cmd.orderId.toLowerCase();
    return inTransaction(this.deps.dataSource, async (tx) => {
      const order = await this.facts.lockOrder(tx, orderId);
      if (!order) throw notFound('Order', orderId);
      await requireOwnerOrStaff(a, order.customerId, 'Order', orderId, { tx });
      const now = this.deps.clock.now();
      const windowDays = this.deps.settings.returns.windowDays;
      if (now.getTime() > new Date(order.paidAt).getTime() + windowDays * DAY_MS) throw returnWindowClosed(windowDays);
      const held = await heldLines(tx, orderId);
      const lines = returnLines(order.lines, cmd.lines ?? [], held);
      const amountCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
      checkRefundable(order, held, amountCents);
      const facts = await this.facts.of(tx, order.customerId);
      const decision = autoApproval(this.deps.settings, { tier: facts.tier, ordersCount: facts.ordersCount, returnsCount: facts.returnsCount, amountCents });
      const freeReturn = (await this.freeReturns.standingForOpen(tx, order.customerId, now)).remaining > 0;
      return this.writeOpened(tx, a, now, { order, lines, amountCents, reason, photos, decision, freeReturn });
    });
  }

  /** Writes a decided return: the row and lines, the live return count, its progress rows and events. */
  private async writeOpened(
    tx: EntityManager,
    a: Actor,
    now: Date,
    r: { order: OrderFacts; lines: ReturnLineFact[]; amountCents: number; reason: string; photos: string[]; decision: ApprovalDecision; freeReturn: boolean },
  ): Promise<ReturnEntity> {
    const { order, lines, amountCents, reason, decision } = r;
    const id = randomUUID();
    const entity = tx.getRepository(ReturnEntity).create({
      id,
      customerId: order.customerId,
      orderId: order.orderId,
      stage: decision.approved ? 'APPROVED' : 'REQUESTED',
      reason,
      photoUrls: r.photos,
      amountCents,
      autoApproved: decision.approved,
      decisionRule: decision.rule,
      freeReturn: r.freeReturn,
      courier: null,
      trackingNo: null,
      refundedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.getRepository(ReturnEntity).insert(entity);
    await tx.getRepository(ReturnLineEntity).insert(lines.map((l) => ({ returnId: id, ...l })));
    await this.facts.addReturns(tx, order.customerId, 1);
    const note = `${decision.rule}: ${decision.reason}`;
    await this.progress.appendReturn(tx, { returnId: id, stage: 'REQUESTED', note: decision.approved ? reason : `${reason} — awaiting an agent (${note})`, actor: a, at: now });
    const ids = { returnId: id, orderId: order.orderId, customerId: order.customerId };
    const events: EventEnvelope[] = [envelope('return.opened', id, { ...ids, amountCents, lines, autoApproved: decision.approved }, { actor: a, occurredAt: now })];
    if (decision.approved) {
      const seq = await this.progress.appendReturn(tx, { returnId: id, stage: 'APPROVED', note, actor: SERVICE_ACTOR, at: now });
      events.push(envelope('return.stage_changed', id, { ...ids, from: 'REQUESTED', to: 'APPROVED', seq, note }, { actor: SERVICE_ACTOR, occurredAt: now }));
    }
    await this.deps.outbox.write(tx, ...events);
    return entity;
  }

  /** Moves a return to another stage under the transition table (who may do what is in return.rules). */
  async move(actor: Actor | null, cmd: MoveReturnCommand): Promise<ReturnEntity> {
    const a = requireRole(actor, ...READ_ROLES);
    const note = text(cmd.note, 'note', 1000);
    const courier = text(cmd.courier, 'courier', 64);
    const trackingNo = text(cmd.trackingNo, 'trackingNo', 64);
    if (cmd.to === 'REJECTED' && !note) throw badInput('a rejection needs a note with the reason', { field: 'note' });
    if (cmd.to === 'SHIPPED_BACK' && !trackingNo) throw badInput('shipping back needs the trackingNo', { field: 'trackingNo' });
    return inTransaction(this.deps.dataSource, async (tx) => {
      const r = await this.lock(tx, cmd.returnId);
      await requireOwnerOrStaff(a, r.customerId, 'Return', cmd.returnId, { tx });
      const from = r.stage as ReturnStageCode;
      checkReturnTransition(from, cmd.to, a.role);
      const now = this.deps.clock.now();
      const patch: Partial<ReturnEntity> = { stage: cmd.to, updatedAt: now };
      if (cmd.to === 'SHIPPED_BACK') Object.assign(patch, { trackingNo, courier });
      if (from === 'REQUESTED' && (cmd.to === 'APPROVED' || cmd.to === 'REJECTED')) patch.decisionRule = 'AGENT_DECISION';
      if (cmd.to === 'REFUNDED') patch.refundedAt = now;
      await tx.getRepository(ReturnEntity).update({ id: r.id }, patch);
      Object.assign(r, patch);
      if (VOID_STAGES.includes(cmd.to)) await this.facts.addReturns(tx, r.customerId, -1);
      const shownNote = cmd.to === 'SHIPPED_BACK' ? [note, `${courier ?? 'courier'} ${trackingNo}`].filter(Boolean).join(' — ') : note;
      const seq = await this.progress.appendReturn(tx, { returnId: r.id, stage: cmd.to, note: shownNote, actor: a, at: now });
      const events: EventEnvelope[] = [
        envelope('return.stage_changed', r.id, { returnId: r.id, orderId: r.orderId, customerId: r.customerId, from, to: cmd.to, seq, note: shownNote }, { actor: a, occurredAt: now }),
      ];
      if (cmd.to === 'REFUNDED') {
        const lines = await tx.getRepository(ReturnLineEntity).find({ where: { returnId: r.id }, order: { sku: 'ASC' } });
        events.push(
          envelope(
            'return.refunded',
            r.id,
            {
              returnId: r.id,
              orderId: r.orderId,
              customerId: r.customerId,
              amountCents: r.amountCents,
              lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity, amountCents: l.amountCents })),
              refundedAt: now.toISOString(),
            },
            { actor: a, occurredAt: now },
          ),
        );
        await offerSurvey(tx, { customerId: r.customerId, returnId: r.id, at: now });
      }
      await this.deps.outbox.write(tx, ...events);
      return r;
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<ReturnEntity> {
    const r = isUuid(id) ? await tx.getRepository(ReturnEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!r) throw notFound('Return', id);
    return r;
  }
}
