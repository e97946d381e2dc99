import type { BgNbdParams } from './bgnbd';
import type { GammaGammaParams } from './gamma-gamma';
import type { CustomerSummary } from './summary';

/** A stored model (customer.value_models), as the service hands it out. */
export interface ValueModelRecord extends BgNbdParams {
  id: string;
  p: number | null;
  q: number | null;
  v: number | null;
  fittedAt: Date;
  customers: number;
  spendCustomers: number;
  calibrationEnd: string;
  logLikelihood: number;
}

/** The spend parameters of a model, when it has them. */
export const spendParams = (m: ValueModelRecord): GammaGammaParams | null =>
  m.p !== null && m.q !== null && m.v !== null ? { p: m.p, q: m.q, v: m.v } : null;

/** A customer's summary (weeks, CNY) paired with the model it is read under: the root of CustomerValue. */
export interface CustomerValueRoot {
  customerId: string;
  summary: CustomerSummary;
  model: ValueModelRecord;
}

/** Maps a customer.value_models row. */
export function toModelRecord(row: Record<string, any>): ValueModelRecord {
  return {
    id: row.id,
    r: row.r,
    alpha: row.alpha,
    a: row.a,
    b: row.b,
    p: row.p,
    q: row.q,
    v: row.v,
    fittedAt: row.fitted_at,
    customers: row.customers,
    spendCustomers: row.spend_customers,
    calibrationEnd: row.calibration_end,
    logLikelihood: row.log_likelihood,
  };
}
