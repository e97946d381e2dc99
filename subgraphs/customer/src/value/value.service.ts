import type { DataSource } from 'typeorm';
import { requireRole, STAFF_ROLES, type Actor } from '@member-graph/common/auth';
import { badInput } from '@member-graph/common/errors';
import { inTransaction } from '@member-graph/common/db';
import type { Outbox } from '@member-graph/common/events';
import { shanghaiDate, type Clock } from '@member-graph/common/time';
import { fitValueModels } from './value.fit';
import { toModelRecord, type CustomerValueRoot, type ValueModelRecord } from './value.records';
import { toSummary } from './value.rules';
import { ALL_SUMMARIES_SQL, SUMMARIES_OF_SQL, type SummaryRow } from './value.sql';
import { storeScores } from './value-scores.store';
import { scoreCustomers } from './value.scores';

const VALUE_LOCK = 'member-graph:customer:value';
const MODEL_COLUMNS = `id, calibration_end::text as calibration_end, fitted_at, customers, r, alpha, a, b, log_likelihood, spend_customers, p, q, v`;

/**
 * Customer value: fits BG/NBD and Gamma-Gamma on the order history (a new row of
 * customer.value_models per fit; the last one stored is current) and reads customers' figures under the
 * current model. Staff read figures; admins refit; a scheduled job refits once per Shanghai day.
 */
export class ValueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /**
   * Staff may read value figures; customers may not, not even their own: churn probability and CLV are
   * the business's internal assessment for targeting and win-back, not a fact about the customer, and
   * showing them would invite gaming offers ("look likely to churn") without helping the customer.
   */
  requireReader(actor: Actor | null): Actor {
    return requireRole(actor, ...STAFF_ROLES);
  }

  /** The last fitted model stored, or null before the first fit. */
  async current(): Promise<ValueModelRecord | null> {
    const [row] = await this.dataSource.query(`select ${MODEL_COLUMNS} from customer.value_models order by seq desc limit 1`);
    return row ? toModelRecord(row) : null;
  }

  /** The refitValueModel mutation (admins): calibration end defaults to today (Asia/Shanghai), never later. */
  refitNow(actor: Actor | null, calibrationEnd?: string | null): Promise<ValueModelRecord> {
    requireRole(actor, 'admin');
    const today = shanghaiDate(this.clock.now());
    const end = calibrationEnd ?? today;
    if (end > today) throw badInput(`calibrationEnd ${end} is after today (${today})`, { calibrationEnd: end });
    return this.refit(end, 'manual');
  }

  /** The scheduled refit: once per Shanghai day, calibrated to that day; nothing to do before the first order. */
  async refitIfDue(): Promise<ValueModelRecord | null> {
    const now = this.clock.now();
    const startOfDay = new Date(`${shanghaiDate(now)}T00:00:00+08:00`);
    const [done] = await this.dataSource.query(`select 1 from customer.value_models where trigger = 'schedule' and fitted_at >= $1 limit 1`, [startOfDay]);
    if (done) return null;
    const [any] = await this.dataSource.query(`select 1 from customer.orders limit 1`);
    return any ? this.refit(shanghaiDate(now), 'schedule') : null;
  }

  /**
   * Summarises every customer's occasions up to `calibrationEnd` in SQL, fits both models, stores them and
   * the customers' scores, announcing moved churn bands and CLV deciles (customer.value_changed).
   */
  async refit(calibrationEnd: string, trigger: 'manual' | 'schedule'): Promise<ValueModelRecord> {
    const rows: SummaryRow[] = await this.dataSource.query(ALL_SUMMARIES_SQL, [calibrationEnd]);
    if (rows.length === 0) throw badInput(`no customer had bought by ${calibrationEnd}: nothing to fit`, { calibrationEnd });
    const summaries = rows.map(toSummary);
    const fit = fitValueModels(summaries);
    const now = this.clock.now();
    return inTransaction(this.dataSource, async (tx) => {
      // concurrent refits store one after the other, so each compares its scores with the last stored
      await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [VALUE_LOCK]);
      const [row] = await tx.query(
        `insert into customer.value_models
           (calibration_end, fitted_at, trigger, customers, r, alpha, a, b, log_likelihood, spend_customers, p, q, v, spend_log_likelihood, fit_ms)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         returning ${MODEL_COLUMNS}`,
        [calibrationEnd, now, trigger, fit.customers, fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood, fit.spendCustomers, fit.p, fit.q, fit.v, fit.spendLogLikelihood, fit.fitMs],
      );
      const model = toModelRecord(row);
      const roots = rows.map((r, i) => ({ customerId: r.customer_id, summary: summaries[i], model }));
      await storeScores(tx, this.outbox, model.id, scoreCustomers(roots), now);
      return model;
    });
  }

  /** The value roots of customers under `model` (one statement); customers without a purchase by its calibration end are absent. */
  async valuesOf(model: ValueModelRecord, customerIds: readonly string[]): Promise<CustomerValueRoot[]> {
    const rows: SummaryRow[] = await this.dataSource.query(SUMMARIES_OF_SQL, [model.calibrationEnd, customerIds]);
    return rows.map((row) => ({ customerId: row.customer_id, summary: toSummary(row), model }));
  }
}
