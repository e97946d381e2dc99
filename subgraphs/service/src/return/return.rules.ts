import { type Role } from '@member-graph/common/auth';
import { badInput } from '@member-graph/common/errors';
import { invalidReturnTransition, returnExceedsOrder, returnMoveForbidden } from './return.errors';
import { fromCents } from '@member-graph/common/graphql';
import type { ReturnSettings } from './return.settings';
import { tierRank } from '../escalation/escalation.rules';

export type ReturnStageCode =
  | 'REQUESTED'
  | 'APPROVED'
  | 'SHIPPED_BACK'
  | 'COURIER_PICKED_UP'
  | 'RECEIVED'
  | 'QUALITY_CHECK'
  | 'REFUNDED'
  | 'REJECTED'
  | 'CANCELLED';

/** Stages a return no longer moves from. */
export const FINAL_STAGES: readonly ReturnStageCode[] = ['REFUNDED', 'REJECTED', 'CANCELLED'];
/** Stages whose returned quantities no longer count against the order (the goods stay with the customer). */
export const VOID_STAGES: readonly ReturnStageCode[] = ['REJECTED', 'CANCELLED'];

const STAFF: readonly Role[] = ['agent', 'admin', 'system'];
const STAFF_OR_OWNER: readonly Role[] = ['customer', ...STAFF];

/**
 * The return's stages and who may move it: staff decide (approve, reject) and drive the warehouse
 * stages (the logistics feed as `system`); the customer may cancel before shipping and report the
 * parcel shipped back. A failed quality check rejects the return.
 */
export const RETURN_TRANSITIONS: Readonly<Record<ReturnStageCode, Readonly<Partial<Record<ReturnStageCode, readonly Role[]>>>>> = {
  REQUESTED: { APPROVED: STAFF, REJECTED: STAFF, CANCELLED: STAFF_OR_OWNER },
  APPROVED: { SHIPPED_BACK: STAFF_OR_OWNER, CANCELLED: STAFF_OR_OWNER },
  SHIPPED_BACK: { COURIER_PICKED_UP: STAFF },
  COURIER_PICKED_UP: { RECEIVED: STAFF },
  RECEIVED: { QUALITY_CHECK: STAFF },
  QUALITY_CHECK: { REFUNDED: STAFF, REJECTED: STAFF },
  REFUNDED: {},
  REJECTED: {},
  CANCELLED: {},
};

/** Checks one move of a return (pure): INVALID_TRANSITION, or FORBIDDEN when the role may not make it. */
export function checkReturnTransition(from: ReturnStageCode, to: ReturnStageCode, role: Role): void {
  const roles = RETURN_TRANSITIONS[from][to];
  if (!roles) {
    const allowed = Object.keys(RETURN_TRANSITIONS[from]);
    throw invalidReturnTransition(from, to, allowed);
  }
  if (!roles.includes(role)) throw returnMoveForbidden(to, roles);
}

/** An order line as the service knows it (from `order.recorded`). */
export interface OrderLineFact {
  sku: string;
  /** The product category (orders projected before it was kept have none). */
  category?: string | null;
  quantity: number;
  amountCents: number;
}

/** One line of a return: its sku, quantity and share of the paid amount. */
export interface ReturnLineFact {
  sku: string;
  quantity: number;
  amountCents: number;
}

/**
 * The returned lines with their amounts (pure). Lines of the same sku are one line; at most what was
 * ordered less what other live returns of the order already hold; the amount is the line's share
 * (the whole line amount when every remaining item comes back, so the cents always add up).
 */
export function returnLines(
  ordered: readonly OrderLineFact[],
  requested: readonly { sku: string; quantity: number }[],
  alreadyReturned: readonly ReturnLineFact[],
): ReturnLineFact[] {
  if (requested.length === 0 || requested.length > 50) throw badInput('a return needs 1 to 50 lines', { field: 'lines' });
  const bySku = new Map<string, { quantity: number; amountCents: number }>();
  for (const l of ordered) {
    const s = bySku.get(l.sku) ?? { quantity: 0, amountCents: 0 };
    bySku.set(l.sku, { quantity: s.quantity + l.quantity, amountCents: s.amountCents + l.amountCents });
  }
  const returned = new Map<string, { quantity: number; amountCents: number }>();
  for (const l of alreadyReturned) {
    const s = returned.get(l.sku) ?? { quantity: 0, amountCents: 0 };
    returned.set(l.sku, { quantity: s.quantity + l.quantity, amountCents: s.amountCents + l.amountCents });
  }
  const seen = new Set<string>();
  return requested.map((r) => {
    const sku = r.sku?.trim() ?? '';
    if (seen.has(sku)) throw badInput(`sku ${sku} appears twice; give each sku once`, { field: 'lines' });
    seen.add(sku);
    const line = bySku.get(sku);
    if (!line) throw badInput(`the order has no line with sku ${sku}`, { field: 'lines' });
    if (!Number.isInteger(r.quantity) || r.quantity < 1) throw badInput('quantity must be a positive whole number', { field: 'lines' });
    const before = returned.get(sku) ?? { quantity: 0, amountCents: 0 };
    const left = line.quantity - before.quantity;
    if (r.quantity > left) {
      throw returnExceedsOrder(`Only ${left} item(s) of ${sku} can still be returned`, { sku, returnable: left });
    }
    const amountCents =
      r.quantity === left ? line.amountCents - before.amountCents : Math.round((line.amountCents * r.quantity) / line.quantity);
    return { sku, quantity: r.quantity, amountCents: Math.max(0, amountCents) };
  });
}

/** The auto-approval decision of a new return (pure), with the reason recorded on the return. */
export interface ApprovalDecision {
  approved: boolean;
  rule: string;
  reason: string;
}

/**
 * Approves automatically when the amount is within the tier's limit and the customer's return rate
 * (earlier live returns / orders) is at most the configured rate; otherwise leaves it to an agent.
 */
export function autoApproval(
  settings: { returns: ReturnSettings; tiers: string[] },
  facts: { tier: string | null; ordersCount: number; returnsCount: number; amountCents: number },
): ApprovalDecision {
  const { maxReturnRate, maxAmountCentsByTier } = settings.returns.autoApproval;
  const tier = settings.tiers[tierRank(settings.tiers, facts.tier)];
  const limit = maxAmountCentsByTier[tier] ?? 0;
  const rate = facts.ordersCount > 0 ? facts.returnsCount / facts.ordersCount : 1;
  const rateText = `return rate ${(rate * 100).toFixed(0)}% (${facts.returnsCount} of ${facts.ordersCount} orders)`;
  if (facts.amountCents > limit) {
    return { approved: false, rule: 'MANUAL_AMOUNT_OVER_TIER_LIMIT', reason: `amount ${fromCents(facts.amountCents)} is over the ${tier} limit ${fromCents(limit)}` };
  }
  if (rate > maxReturnRate) {
    return { approved: false, rule: 'MANUAL_RETURN_RATE', reason: `${rateText} is over ${(maxReturnRate * 100).toFixed(0)}%` };
  }
  return {
    approved: true,
    rule: 'AUTO_APPROVAL',
    reason: `amount ${fromCents(facts.amountCents)} within the ${tier} limit ${fromCents(limit)}, ${rateText}`,
  };
}

const URL_PATTERN = /^https?:\/\/[^\s]{1,1000}$/i;

/** Checks photo URLs (pure): up to 9 http(s) URLs. */
export function photoUrls(urls: readonly string[] | null | undefined): string[] {
  const list = (urls ?? []).map((u) => u.trim()).filter(Boolean);
  if (list.length > 9) throw badInput('at most 9 photos', { field: 'photoUrls' });
  for (const u of list) if (!URL_PATTERN.test(u)) throw badInput(`not an http(s) URL: ${u.slice(0, 100)}`, { field: 'photoUrls' });
  return list;
}

/**
 * Checks that the order has `amountCents` left to refund (pure). Refunds reach the projection through
 * events, so a refunded return counts even before its order.refunded arrives; returns in flight hold their amounts.
 */
export function checkRefundable(order: { orderId: string; amountCents: number; refundedCents: number }, held: (ReturnLineFact & { stage: string })[], amountCents: number): void {
  const sum = (rows: ReturnLineFact[]) => rows.reduce((total, l) => total + l.amountCents, 0);
  const refunded = Math.max(order.refundedCents, sum(held.filter((l) => l.stage === 'REFUNDED')));
  const refundable = order.amountCents - refunded - sum(held.filter((l) => l.stage !== 'REFUNDED'));
  if (amountCents > refundable) {
    throw returnExceedsOrder('The order has not that much left to refund', { orderId: order.orderId, refundable: fromCents(Math.max(0, refundable)) });
  }
}
