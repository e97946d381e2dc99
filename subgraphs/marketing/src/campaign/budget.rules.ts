import { badInput } from '@member-graph/common/errors';

/* A campaign's budget: what one send costs it, and whether a budget may be set. */

/** The largest budget (100 000 000.00 CNY), in cents. */
export const MAX_BUDGET_CENTS = 10_000_000_000;

/** The fields of a coupon template that say what it is worth. */
export interface CouponFace {
  kind: string;
  amountOffCents: number | string | null;
  maxDiscountCents: number | string | null;
}

/**
 * What an issued coupon is counted as against a budget: its amount off (AMOUNT_OFF, THRESHOLD), its
 * cap (PERCENT_OFF: the most it can cost), nothing for FREE_SHIPPING (the fee is not known here).
 */
export function couponFaceValue(t: CouponFace | null): number {
  if (!t) return 0;
  if (t.kind === 'AMOUNT_OFF' || t.kind === 'THRESHOLD') return Number(t.amountOffCents ?? 0);
  if (t.kind === 'PERCENT_OFF') return Number(t.maxDiscountCents ?? 0);
  return 0;
}

/** What one SENT message spends of its campaign's budget: the cost per message plus the face value of the coupon it carries. */
export const sendCharge = (costPerMessageCents: number, coupon: CouponFace | null) => Number(costPerMessageCents) + couponFaceValue(coupon);

/** Whether a send costing `charge` still fits (no budget: always). */
export const fitsBudget = (budgetCents: number | null, spentCents: number, charge: number) => budgetCents === null || spentCents + charge <= budgetCents;

/** The budget still to spend (null without a budget). */
export const remainingBudget = (budgetCents: number | null, spentCents: number) => (budgetCents === null ? null : Math.max(0, budgetCents - spentCents));

/** Checks a budget being set: 0–MAX_BUDGET_CENTS, and not below what the campaign has already spent. */
export function checkBudget(budgetCents: number | null, spentCents: number): number | null {
  if (budgetCents === null) return null;
  const problems: string[] = [];
  if (!Number.isInteger(budgetCents) || budgetCents < 0 || budgetCents > MAX_BUDGET_CENTS) problems.push('budget must be 0.00–100000000.00');
  else if (budgetCents < spentCents) problems.push('budget must not be below what the campaign has already spent');
  if (problems.length) throw badInput(`The budget is invalid: ${problems.join('; ')}`, { field: 'budget', problems });
  return budgetCents;
}
