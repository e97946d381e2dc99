import { requireRole, STAFF_ROLES, type Actor } from '@member-graph/common/auth';
import { badInput } from '@member-graph/common/errors';
import { dayRange, PERIOD_UNIT, type ReportPeriodCode } from '@member-graph/common/time';
import type { Deps } from '../deps';
import { MAX_TREND_DAYS } from '../satisfaction/survey.service';
import { complaintFeedback, returnFeedback, slaBreaches, type FeedbackKey, type FeedbackRow } from './trend.repository';

/** The range, grain and keys of a product-feedback trend. */
export interface FeedbackQuery {
  from: string;
  to: string;
  period: ReportPeriodCode;
  by: FeedbackKey;
  top: number;
}

/** One row of product feedback as the API gives it. */
export interface ProductFeedbackRow {
  periodStart: string;
  sku: string | null;
  productCategory: string | null;
  reason: string;
  count: number;
  quantity: number | null;
}

/** One period of SLA breaches. */
export interface SlaBreachRow {
  periodStart: string;
  ticketsOpened: number;
  firstResponseBreaches: number;
  resolutionBreaches: number;
}

const MAX_TOP = 100;

/**
 * After-sales trends for staff, each one SQL statement over service's own tables and projections:
 * complaint categories and return reasons per SKU or product category (the feedback loop to product
 * teams) and SLA breaches, per Asia/Shanghai day, ISO week or month, over at most 400 days.
 */
export class TrendService {
  constructor(private readonly deps: Deps) {}

  /** Complaint categories per period and SKU or product category of the order the complaint names. */
  async complaints(actor: Actor | null, q: FeedbackQuery): Promise<ProductFeedbackRow[]> {
    const { from, to } = this.check(actor, q);
    return (await complaintFeedback(this.deps.dataSource, from, to, PERIOD_UNIT[q.period], q.by, q.top)).map(feedbackRow);
  }

  /** Return reasons per period and SKU or product category of the returned lines. */
  async returns(actor: Actor | null, q: FeedbackQuery): Promise<ProductFeedbackRow[]> {
    const { from, to } = this.check(actor, q);
    return (await returnFeedback(this.deps.dataSource, from, to, PERIOD_UNIT[q.period], q.by, q.top)).map(feedbackRow);
  }

  /** Tickets opened and SLA targets breached in every period of the range. */
  async slaBreaches(actor: Actor | null, q: { from: string; to: string; period: ReportPeriodCode }): Promise<SlaBreachRow[]> {
    requireRole(actor, ...STAFF_ROLES);
    const { from, to } = dayRange(q.from, q.to, MAX_TREND_DAYS);
    const rows = await slaBreaches(this.deps.dataSource, from, to, PERIOD_UNIT[q.period]);
    return rows.map((r) => ({ periodStart: r.period, ticketsOpened: r.opened, firstResponseBreaches: r.first_response, resolutionBreaches: r.resolution }));
  }

  private check(actor: Actor | null, q: FeedbackQuery) {
    requireRole(actor, ...STAFF_ROLES);
    const range = dayRange(q.from, q.to, MAX_TREND_DAYS);
    if (!Number.isInteger(q.top) || q.top < 1 || q.top > MAX_TOP) throw badInput(`top must be 1–${MAX_TOP}`, { field: 'top' });
    return range;
  }
}

const feedbackRow = (r: FeedbackRow): ProductFeedbackRow => ({
  periodStart: r.period,
  sku: r.sku,
  productCategory: r.category,
  reason: r.reason,
  count: r.n,
  quantity: r.quantity,
});
