import type { DataSource } from 'typeorm';
import { requireRole, STAFF_ROLES, type Actor } from '@member-graph/common/auth';
import { badInput } from '@member-graph/common/errors';
import { monthRange, monthStarts, shanghaiDate, type Clock } from '@member-graph/common/time';
import { cohortActivity, repurchaseByMonth, type OrderSlice } from './repurchase.repository';
import { cohortMatrix, repurchaseSeries, type Cohort, type RepurchaseMonth } from './repurchase.rules';

/** The longest series (months) and the most cohorts one request may ask for. */
export const MAX_ANALYTICS_MONTHS = 36;
const MAX_CATEGORY_CHARS = 64;

/**
 * Repurchase analytics for staff, computed in SQL over the customer subgraph's orders: the repurchase
 * rate per month and cohort retention by first-purchase month, each for all orders or a slice (one
 * channel, or orders with a line of one category). Purchase occasions are Asia/Shanghai days.
 */
export class RepurchaseService {
  constructor(private readonly deps: { dataSource: DataSource; clock: Clock }) {}

  /** Buyers, repeat buyers and the repurchase rate per month touched by from…to (at most 36 months). */
  async byMonth(actor: Actor | null, from: string, to: string, slice: Partial<OrderSlice>): Promise<RepurchaseMonth[]> {
    requireRole(actor, ...STAFF_ROLES);
    const range = monthRange(from, to, MAX_ANALYTICS_MONTHS);
    const rows = await repurchaseByMonth(this.deps.dataSource, range.fromMonth, to, checkedSlice(slice));
    return repurchaseSeries(monthStarts(range), rows);
  }

  /** Cohorts by first-purchase month touched by from…to (at most 36), with their buyers in every month since, up to today. */
  async cohorts(actor: Actor | null, from: string, to: string, slice: Partial<OrderSlice>): Promise<Cohort[]> {
    requireRole(actor, ...STAFF_ROLES);
    const range = monthRange(from, to, MAX_ANALYTICS_MONTHS);
    const today = shanghaiDate(this.deps.clock.now());
    const rows = await cohortActivity(this.deps.dataSource, range.fromMonth, to, checkedSlice(slice), today);
    return cohortMatrix(monthStarts(range), `${today.slice(0, 7)}-01`, rows);
  }
}

/** A slice with a category of 1–64 characters (trimmed), or BAD_USER_INPUT. */
function checkedSlice(slice: Partial<OrderSlice>): OrderSlice {
  const category = slice.category?.trim() ?? null;
  if (category !== null && (category.length === 0 || category.length > MAX_CATEGORY_CHARS)) {
    throw badInput(`category must be 1–${MAX_CATEGORY_CHARS} characters`, { field: 'category' });
  }
  return { channel: slice.channel ?? null, category };
}
