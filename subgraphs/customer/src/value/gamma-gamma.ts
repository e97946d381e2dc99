import gammaln from '@stdlib/math-base-special-gammaln';
import { gammaGammaGradient } from './gamma-gamma-gradient';
import { maximiseOverPositive } from './minimise';
import type { GammaGammaParams, Spend } from './model.types';

export type { GammaGammaParams, Spend } from './model.types';

/** Who the spend model learns from: a repeat purchase worth something on average. */
export const fitsSpendModel = (c: Spend) => c.x > 0 && c.monetary > 0;

/**
 * ln L = Σ lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln m̄ + px ln x − (px+q) ln(x m̄ + v)
 * over customers with x > 0 and m̄ > 0.
 */
export function gammaGammaLogLikelihood({ p, q, v }: GammaGammaParams, customers: readonly Spend[]): number {
  const lnGammaQ = gammaln(q);
  const lnV = Math.log(v);
  let sum = 0;
  for (const { x, monetary: m } of customers) {
    if (!fitsSpendModel({ x, monetary: m })) continue;
    const px = p * x;
    sum += gammaln(px + q) - gammaln(px) - lnGammaQ + q * lnV + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(x * m + v);
  }
  return sum;
}

/** Fits (p, q, v) by maximum likelihood on the customers that `fitsSpendModel`; throws when none does. */
export function fitGammaGamma(customers: readonly Spend[]): { params: GammaGammaParams; logLikelihood: number; customers: number } {
  const fitting = customers.filter(fitsSpendModel);
  if (fitting.length === 0) throw new Error('Gamma-Gamma needs at least one customer with a repeat purchase');
  const fit = maximiseOverPositive(
    {
      value: ([p, q, v]) => gammaGammaLogLikelihood({ p, q, v }, fitting),
      gradient: ([p, q, v]) => gammaGammaGradient({ p, q, v }, fitting),
    },
    [1, 1, 1],
    fitting.length,
  );
  const [p, q, v] = fit.params;
  return { params: { p, q, v }, logLikelihood: fit.logLikelihood, customers: fitting.length };
}

/**
 * E[M | x, m̄] = p(v + x m̄) / (px + q − 1): a weighted mean of the population mean pv/(q−1) and the
 * customer's own m̄. A customer without repeat purchases gets the population mean. Needs q > 1 (else
 * the population mean is infinite: null).
 */
export function expectedAverageValue({ p, q, v }: GammaGammaParams, c: Spend): number | null {
  if (q <= 1) return null;
  if (!fitsSpendModel(c)) return (p * v) / (q - 1);
  return (p * (v + c.x * c.monetary)) / (p * c.x + q - 1);
}
