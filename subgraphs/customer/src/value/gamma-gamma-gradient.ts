import digamma from '@stdlib/math-base-special-digamma';
import type { GammaGammaParams, Spend } from './model.types';

/**
 * ∂ ln L / ∂(p, q, v) of the Gamma-Gamma log-likelihood over the customers given (already filtered):
 * ∂p = x[ψ(px+q) − ψ(px) + ln m̄ + ln x − ln(x m̄ + v)], ∂q = ψ(px+q) − ψ(q) + ln v − ln(x m̄ + v),
 * ∂v = q/v − (px+q)/(x m̄ + v).
 */
export function gammaGammaGradient({ p, q, v }: GammaGammaParams, customers: readonly Spend[]): number[] {
  const psiQ = digamma(q);
  const lnV = Math.log(v);
  const gradient = [0, 0, 0];
  for (const { x, monetary: m } of customers) {
    const px = p * x;
    const psiPXQ = digamma(px + q);
    const lnTotal = Math.log(x * m + v);
    gradient[0] += x * (psiPXQ - digamma(px) + Math.log(m) + Math.log(x) - lnTotal);
    gradient[1] += psiPXQ - psiQ + lnV - lnTotal;
    gradient[2] += q / v - (px + q) / (x * m + v);
  }
  return gradient;
}
