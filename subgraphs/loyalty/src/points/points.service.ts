import { randomUUID } from 'node:crypto';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import { type Deps } from '../deps';
import { writeFor } from '../member/member.access';
import type { MemberService } from '../member/member.service';
import { PointsEntryEntity } from './points.entity';
import { idempotencyKeyReused, insufficientPoints, storeTransactionReused } from './points.errors';
import type { AdjustPointsInput, RedeemPointsInput } from './points.inputs';
import type { PointsLedger } from './points.repository';
import { requestHash } from './points.rules';

export interface RedemptionResult {
  entry: PointsEntryEntity;
  balance: number;
  replayed: boolean;
}

/**
 * Redemptions and staff adjustments. Each runs in one transaction holding the customer's member
 * lock, so concurrent redemptions are applied one after another against the real balance and the
 * balance can never go negative through them.
 */
export class PointsService {
  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly pointsLedger: PointsLedger,
  ) {}

  /**
   * Redeems points. A customer redeems for themself; a store redeems through an integration (system)
   * or an admin and must name the store and its transaction. The idempotency key is required: the
   * same key returns the stored result, the same key with another request is IDEMPOTENCY_KEY_REUSED.
   */
  async redeem(actor: Actor | null, input: RedeemPointsInput): Promise<RedemptionResult> {
    const { writer: a, customerId } = writeFor(actor, input.customerId);
    if (a.role !== 'customer' && (!input.storeId || !input.storeTransactionId)) {
      throw badInput('A staff redemption happens at a store: storeId and storeTransactionId are required', { field: 'storeTransactionId' });
    }
    if (!isUuid(customerId)) throw notFound('Customer', customerId);
    const reasonCode = input.reasonCode ?? 'REDEEM';
    const hash = requestHash({
      customerId,
      points: input.points,
      reasonCode,
      storeId: input.storeId,
      storeTransactionId: input.storeTransactionId,
      note: input.note,
    });
    const idempotencyKey = `redeem:${customerId}:${input.idempotencyKey}`;
    return inTransaction(this.deps.dataSource, async (tx) => {
      const member = await this.memberService.lock(tx, customerId);
      const stored = await tx.getRepository(PointsEntryEntity).findOneBy({ idempotencyKey });
      if (stored) {
        if (stored.requestHash !== hash) throw idempotencyKeyReused();
        return { entry: stored, balance: stored.balanceAfter, replayed: true };
      }
      // a store transaction debits once, whatever key the till sends: a retry with a new key is a replay
      const sameSale = input.storeId && input.storeTransactionId ? await this.pointsLedger.storeRedemption(tx, input.storeId, input.storeTransactionId) : null;
      if (sameSale) {
        if (sameSale.customerId !== member?.customerId || sameSale.amount !== -input.points) throw storeTransactionReused(input.storeTransactionId as string);
        return { entry: sameSale, balance: sameSale.balanceAfter, replayed: true };
      }
      if (!member) throw insufficientPoints(0, input.points);
      const entry = await this.pointsLedger.debit(tx, 'REDEEM', {
        customerId: member.customerId,
        amount: input.points,
        reasonCode,
        idempotencyKey,
        requestHash: hash,
        sourceType: input.storeId ? 'STORE' : 'CUSTOMER',
        sourceId: input.storeTransactionId ?? null,
        storeId: input.storeId ?? null,
        actor: a,
        note: input.note ?? null,
      });
      if (!entry) throw new Error('redemption key written concurrently despite the member lock');
      return { entry, balance: entry.balanceAfter, replayed: false };
    });
  }

  /**
   * An admin adds or takes points with a mandatory reason, kept on the ledger line with who did it
   * (agents and everyone else: FORBIDDEN). Taking never drives the balance below zero.
   */
  async adjust(actor: Actor | null, input: AdjustPointsInput): Promise<PointsEntryEntity> {
    const a = requireRole(actor, 'admin');
    const reason = input.reason.trim();
    if (reason.length < 4) throw badInput('A reason (at least 4 characters) is required for an adjustment', { field: 'reason' });
    if (!Number.isInteger(input.points) || input.points === 0) throw badInput('points must be a non-zero integer', { field: 'points' });
    if (!isUuid(input.customerId)) throw notFound('Customer', input.customerId);
    const reasonCode = input.reasonCode ?? 'MANUAL';
    const hash = requestHash({ customerId: input.customerId, points: input.points, reason, reasonCode });
    const idempotencyKey = `adjust:${input.idempotencyKey ?? randomUUID()}`;
    return inTransaction(this.deps.dataSource, async (tx) => {
      const member = await this.memberService.lockOrCreate(tx, input.customerId);
      const stored = await tx.getRepository(PointsEntryEntity).findOneBy({ idempotencyKey });
      if (stored) {
        if (stored.requestHash !== hash) throw idempotencyKeyReused();
        return stored;
      }
      const write = {
        customerId: member.customerId,
        amount: Math.abs(input.points),
        reasonCode,
        idempotencyKey,
        requestHash: hash,
        sourceType: 'STAFF',
        actor: a,
        note: reason,
      };
      const entry = input.points > 0 ? await this.pointsLedger.credit(tx, 'ADJUST', write) : await this.pointsLedger.debit(tx, 'ADJUST', write);
      return entry!;
    });
  }
}
