import { performance } from 'node:perf_hooks';
import { fitBgNbd } from './bgnbd';
import { fitGammaGamma, fitsSpendModel } from './gamma-gamma';
import type { CustomerSummary } from './summary';
import { valueModelUnstable } from './value.errors';

/** Both models fitted on one set of summaries, with the time the fit took. */
export interface FittedModels {
  customers: number;
  r: number;
  alpha: number;
  a: number;
  b: number;
  logLikelihood: number;
  spendCustomers: number;
  p: number | null;
  q: number | null;
  v: number | null;
  spendLogLikelihood: number | null;
  fitMs: number;
}

/** Fits BG/NBD on every summary and Gamma-Gamma on the repeat buyers (skipped when there are none); VALUE_MODEL_UNSTABLE when a fit does not converge. */
export function fitValueModels(summaries: readonly CustomerSummary[]): FittedModels {
  const started = performance.now();
  let purchases: ReturnType<typeof fitBgNbd>;
  let spend: ReturnType<typeof fitGammaGamma> | null;
  try {
    purchases = fitBgNbd(summaries);
    spend = summaries.some(fitsSpendModel) ? fitGammaGamma(summaries) : null;
  } catch (error) {
    throw valueModelUnstable((error as Error).message);
  }
  return {
    customers: summaries.length,
    ...purchases.params,
    logLikelihood: purchases.logLikelihood,
    spendCustomers: spend?.customers ?? 0,
    p: spend?.params.p ?? null,
    q: spend?.params.q ?? null,
    v: spend?.params.v ?? null,
    spendLogLikelihood: spend?.logLikelihood ?? null,
    fitMs: Math.round(performance.now() - started),
  };
}
