import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { requireActor, requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { DomainError, notFound } from '@member-graph/common/errors';
import { envelope } from '@member-graph/common/events';
import { isUuid } from '@member-graph/common/graphql';
import { log } from '@member-graph/common/log';
import { queryRows, type Deps } from '../deps';
import type { ErasureProjection } from '../facts/erasure.projection';
import { couponExhausted, couponLimitReached, notClaimable, templateExpired } from './coupon.errors';
import type { ClaimCouponInput, CreateCouponTemplateInput, IssueCouponInput } from './coupon.inputs';
import { canIssue, couponCode, couponStatus, couponValidity, validateTemplate } from './coupon.rules';
import { recordCouponMove, takeCouponMove } from './coupon-merge.repository';
import { COUPON_COLUMNS, selectTemplates, TEMPLATE_COLUMNS, type CouponRow, type TemplateRow } from './coupon.repository';

export type { CouponRow, TemplateRow } from './coupon.repository';

export interface IssueRequest {
  templateId: string;
  customerId: string;
  source: CouponRow['source'];
  /** Unique per template: the same key issues once and answers the stored coupon afterwards. */
  issueKey: string;
  campaignId?: string | null;
  actor: Actor | null;
}

/** Who manages templates and issues coupons by hand. */
const ISSUERS = ['marketer', 'admin', 'system'] as const;

/**
 * Coupon templates, and coupons claimed, issued and redeemed. Issuing is race-free by construction:
 * under a per-(template, customer) lock, the customer's holding is incremented only while below the
 * limit and the template's `issued` only while below its stock (`update … where issued < stock`),
 * in the coupon's own transaction; a failed step rolls all of it back. Every operation is idempotent.
 */
export class CouponService {
  constructor(
    private readonly deps: Deps,
    private readonly erasure: ErasureProjection,
  ) {}

  async createTemplate(actor: Actor | null, input: CreateCouponTemplateInput): Promise<TemplateRow> {
    const a = requireRole(actor, 'marketer', 'admin');
    const now = this.deps.clock.now();
    const t = validateTemplate(
      {
        kind: input.kind,
        amountOffCents: input.amountOff,
        percentOff: input.percentOff,
        maxDiscountCents: input.maxDiscount,
        thresholdCents: input.threshold,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        validDays: input.validDays,
        stock: input.stock,
        perCustomerLimit: input.perCustomerLimit,
        channels: input.channels,
        claimable: input.claimable,
      },
      now,
    );
    const id = randomUUID();
    await this.deps.dataSource.query(
      `insert into marketing.coupon_templates (id, name, kind, amount_off_cents, percent_off, max_discount_cents, threshold_cents, valid_from,
         valid_until, valid_days, stock, per_customer_limit, channels, claimable, created_by, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [id, input.name.trim(), t.kind, t.amountOffCents, t.percentOff, t.maxDiscountCents, t.thresholdCents, t.validFrom, t.validUntil, t.validDays, t.stock, t.perCustomerLimit, t.channels, t.claimable, a.id, now],
    );
    return (await this.templates([id]))[0];
  }

  /** Templates, newest first: staff see all; customers see the claimable ones still open (the coupon centre). */
  async listTemplates(actor: Actor | null): Promise<TemplateRow[]> {
    const a = requireActor(actor);
    const rows = await queryRows<TemplateRow>(this.deps.dataSource, `select ${TEMPLATE_COLUMNS} from marketing.coupon_templates order by created_at desc, id`);
    if (a.role !== 'customer') return rows;
    const now = this.deps.clock.now();
    return rows.filter((t) => t.claimable && canIssue(t, now) && t.issued < t.stock);
  }

  async template(actor: Actor | null, id: string): Promise<TemplateRow> {
    requireActor(actor);
    const [row] = isUuid(id) ? await this.templates([id]) : [];
    if (!row) throw notFound('CouponTemplate', id);
    return row;
  }

  /** A customer claims a coupon for themself (claimable templates only). */
  async claim(actor: Actor | null, input: ClaimCouponInput): Promise<{ coupon: CouponRow; replayed: boolean }> {
    const a = requireRole(actor, 'customer');
    if (!isUuid(input.templateId)) throw notFound('CouponTemplate', input.templateId);
    return inTransaction(this.deps.dataSource, (tx) =>
      this.issueInTx(tx, { templateId: input.templateId, customerId: a.id, source: 'CLAIM', issueKey: `claim:${a.id}:${input.idempotencyKey}`, actor: a }),
    );
  }

  /** Staff (marketers, admins) or an integration issue a coupon to a customer. */
  async issue(actor: Actor | null, input: IssueCouponInput): Promise<{ coupon: CouponRow; replayed: boolean }> {
    const a = requireRole(actor, ...ISSUERS);
    if (!isUuid(input.templateId)) throw notFound('CouponTemplate', input.templateId);
    if (!isUuid(input.customerId)) throw notFound('Customer', input.customerId);
    return inTransaction(this.deps.dataSource, (tx) =>
      this.issueInTx(tx, { templateId: input.templateId, customerId: input.customerId, source: 'STAFF', issueKey: `staff:${input.customerId}:${input.idempotencyKey}`, actor: a }),
    );
  }

  /**
   * Issues inside the caller's transaction; throws COUPON_EXHAUSTED, COUPON_LIMIT_REACHED,
   * COUPON_TEMPLATE_EXPIRED or COUPON_NOT_CLAIMABLE (the caller's transaction must then roll back,
   * or use `tryIssue`). The same key answers the stored coupon. Erased customers are NOT_FOUND.
   */
  async issueInTx(tx: EntityManager, r: IssueRequest): Promise<{ coupon: CouponRow; replayed: boolean }> {
    await tx.query(`select pg_advisory_xact_lock(hashtext('member-graph:marketing:coupon:' || $1 || ':' || $2))`, [r.templateId, r.customerId]);
    if (await this.erasure.isErased(tx, r.customerId)) throw notFound('Customer', r.customerId);
    const [stored] = await queryRows<CouponRow>(tx, `select ${COUPON_COLUMNS} from marketing.coupons where template_id = $1 and issue_key = $2`, [r.templateId, r.issueKey]);
    if (stored) return { coupon: stored, replayed: true };
    const [t] = await queryRows<TemplateRow>(tx, `select ${TEMPLATE_COLUMNS} from marketing.coupon_templates where id = $1`, [r.templateId]);
    if (!t) throw notFound('CouponTemplate', r.templateId);
    if (r.source === 'CLAIM' && !t.claimable) throw notClaimable();
    const now = this.deps.clock.now();
    if (!canIssue(t, now)) throw templateExpired();
    if (t.issued >= t.stock) throw couponExhausted(); // fast path; the conditional update below is what guarantees it
    const held = await queryRows(
      tx,
      `insert into marketing.coupon_holdings as h (template_id, customer_id, issued) values ($1, $2, 1)
       on conflict (template_id, customer_id) do update set issued = h.issued + 1 where h.issued < $3
       returning issued`,
      [t.id, r.customerId, t.perCustomerLimit],
    );
    if (held.length === 0) throw couponLimitReached(t.perCustomerLimit);
    const { validFrom, validUntil } = couponValidity(t, now);
    const id = randomUUID();
    const [coupon] = await queryRows<CouponRow>(
      tx,
      `insert into marketing.coupons (id, template_id, customer_id, code, source, campaign_id, issue_key, issued_by, issued_at, valid_from, valid_until)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${COUPON_COLUMNS}`,
      [id, t.id, r.customerId, couponCode(), r.source, r.campaignId ?? null, r.issueKey, r.actor?.id ?? null, now, validFrom, validUntil],
    );
    await this.deps.outbox.write(
      tx,
      envelope(
        'marketing.coupon_issued',
        r.customerId,
        { couponId: id, templateId: t.id, customerId: r.customerId, source: r.source, campaignId: r.campaignId ?? null, validFrom: validFrom.toISOString(), validUntil: validUntil.toISOString() },
        { actor: r.actor, occurredAt: now },
      ),
    );
    // Last before commit: the template row is the one every claimant of a burst waits for, so it is
    // locked for one statement and the commit only, not for the coupon and outbox writes too. The
    // conditional update is what guarantees the stock; losing it rolls the rows above back.
    const taken = await queryRows(tx, `update marketing.coupon_templates set issued = issued + 1 where id = $1 and issued < stock returning issued`, [t.id]);
    if (taken.length === 0) throw couponExhausted();
    return { coupon, replayed: false };
  }

  /** Like issueInTx inside a savepoint: a refusal leaves the caller's transaction as it was and is returned instead of thrown. */
  async tryIssue(tx: EntityManager, r: IssueRequest): Promise<{ coupon: CouponRow } | { refused: DomainError }> {
    await tx.query('savepoint coupon_issue');
    try {
      const { coupon } = await this.issueInTx(tx, r);
      await tx.query('release savepoint coupon_issue');
      return { coupon };
    } catch (error) {
      await tx.query('rollback to savepoint coupon_issue');
      if (error instanceof DomainError) return { refused: error };
      throw error;
    }
  }

  /**
   * The coupon of a loyalty reward exchange (loyalty.reward_exchanged), issued once per exchange. A
   * refusal (template exhausted, ended, limit reached) is logged by code and leaves the consumer's
   * transaction as it was: the points were spent in loyalty, so staff settle it (no automatic refund).
   */
  async issueForReward(tx: EntityManager, r: { templateId: string; customerId: string; exchangeId: string; actor: Actor | null }): Promise<CouponRow | null> {
    const issued = await this.tryIssue(tx, { templateId: r.templateId, customerId: r.customerId, source: 'REWARD', issueKey: `reward:${r.exchangeId}`, actor: r.actor });
    if ('coupon' in issued) return issued.coupon;
    log('marketing').warn({ exchangeId: r.exchangeId, templateId: r.templateId, code: issued.refused.code }, 'the coupon of a reward exchange was refused');
    return null;
  }

  /** A merged customer's coupons and holdings move to the survivor (recorded first, for an unmerge). */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await recordCouponMove(tx, toId, fromId);
    await tx.query(`update marketing.coupons set customer_id = $2 where customer_id = $1`, [fromId, toId]);
    await tx.query(
      `insert into marketing.coupon_holdings as h (template_id, customer_id, issued)
       select template_id, $2, issued from marketing.coupon_holdings where customer_id = $1
       on conflict (template_id, customer_id) do update set issued = h.issued + excluded.issued`,
      [fromId, toId],
    );
    await tx.query(`delete from marketing.coupon_holdings where customer_id = $1`, [fromId]);
  }

  /**
   * An undone merge: the coupons the merge moved go back to the restored customer, and the holdings it
   * added to the survivor's go back with them. A redelivery finds the record undone and changes nothing.
   */
  async undoMove(tx: EntityManager, survivorId: string, restoredId: string): Promise<void> {
    const record = await takeCouponMove(tx, survivorId, restoredId);
    if (!record) return;
    await tx.query(`update marketing.coupons set customer_id = $3 where customer_id = $2 and id::text = any($1::text[])`, [record.couponIds, survivorId, restoredId]);
    for (const h of record.holdings) {
      await tx.query(`delete from marketing.coupon_holdings where template_id = $1 and customer_id = $2 and issued <= $3`, [h.templateId, survivorId, h.issued]);
      await tx.query(`update marketing.coupon_holdings set issued = issued - $3 where template_id = $1 and customer_id = $2`, [h.templateId, survivorId, h.issued]);
      await tx.query(
        `insert into marketing.coupon_holdings as x (template_id, customer_id, issued) values ($1, $2, $3)
         on conflict (template_id, customer_id) do update set issued = x.issued + excluded.issued`,
        [h.templateId, restoredId, h.issued],
      );
    }
  }

  /** Templates by id (in `tx` when given). */
  templates(ids: readonly string[], tx: EntityManager | null = null) {
    return selectTemplates(tx ?? this.deps.dataSource, ids);
  }

  /** A coupon's status for the caller: AVAILABLE, REDEEMED or EXPIRED at the clock's now. */
  statusOf(c: Pick<CouponRow, 'status' | 'validUntil'>) {
    return couponStatus(c, this.deps.clock.now());
  }
}
