import { probabilityAlive } from './bgnbd';
import type { CustomerValueRoot } from './value.records';
import { valueModelUnstable } from './value.errors';
import { clvCents } from './value.rules';

/** The horizon and rate of the CLV that deciles and value_changed events are about. */
export const SCORE_CLV_DAYS = 365;
export const SCORE_DISCOUNT_RATE = 0.1;

/** A customer's stored value score (customer.customer_values). */
export interface CustomerScore {
  customerId: string;
  churnProbability: number;
  /** floor(churnProbability × 10), capped at 9. */
  churnBand: number;
  clvCents: number;
  /** 1..10 among the customers scored together; equal CLVs share the lowest decile any of them drew. */
  clvDecile: number;
}

/**
 * Scores every customer of one fit: churn probability and band, 365-day CLV at 10 % a year and its
 * decile. VALUE_MODEL_UNSTABLE when a figure is not finite (the caller's transaction then stores nothing).
 */
export function scoreCustomers(roots: readonly CustomerValueRoot[]): CustomerScore[] {
  const scored = roots.map((root) => {
    const churnProbability = 1 - probabilityAlive(root.model, root.summary);
    return {
      customerId: root.customerId,
      churnProbability,
      churnBand: Math.min(9, Math.floor(churnProbability * 10)),
      clvCents: clvCents(root, SCORE_CLV_DAYS, SCORE_DISCOUNT_RATE) ?? 0,
      clvDecile: 0,
    };
  });
  if (scored.some((s) => !Number.isFinite(s.churnProbability) || !Number.isFinite(s.clvCents))) {
    throw valueModelUnstable('some customers\' churn probability or CLV is not a finite number');
  }
  const byClv = [...scored].sort((x, y) => x.clvCents - y.clvCents);
  byClv.forEach((s, i) => {
    const previous = byClv[i - 1];
    s.clvDecile = previous && previous.clvCents === s.clvCents ? previous.clvDecile : Math.floor((i * 10) / byClv.length) + 1;
  });
  return scored;
}
