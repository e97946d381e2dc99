import digamma from '@stdlib/math-base-special-digamma';
import type { BgNbdParams, Frequency } from './model.types';
import { logAddExp } from './log-space';

/**
 * ∂ ln L / ∂(r, α, a, b) of the BG/NBD sample log-likelihood (the terms A1..A4 of bgNbdLogLikelihood):
 * ∂A1 = (ψ(r+x) − ψ(r) + ln α, r/α, 0, 0), ∂A2 = (0, 0, ψ(a+b) − ψ(a+b+x), ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x)),
 * ∂A3 = (−ln(α+T), −(r+x)/(α+T), 0, 0), ∂A4 = (−ln(α+t_x), −(r+x)/(α+t_x), 1/a, −1/(b+x−1)),
 * and ∂ ln(e^A3 + e^A4) = w3 ∂A3 + w4 ∂A4 with w = e^(A − ln(e^A3 + e^A4)).
 */
export function bgNbdGradient({ r, alpha, a, b }: BgNbdParams, customers: readonly Frequency[]): number[] {
  const byX = new Map<number, number[]>();
  const psiAB = digamma(a + b);
  const gradient = [0, 0, 0, 0];
  for (const { x, tx, T } of customers) {
    let fixed = byX.get(x);
    if (!fixed) {
      const psiABX = digamma(a + b + x);
      fixed = [digamma(r + x) - digamma(r) + Math.log(alpha), r / alpha, psiAB - psiABX, psiAB + digamma(b + x) - digamma(b) - psiABX];
      byX.set(x, fixed);
    }
    const a3 = -(r + x) * Math.log(alpha + T);
    const a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
    const total = logAddExp(a3, a4);
    const w3 = Math.exp(a3 - total);
    const w4 = x > 0 ? Math.exp(a4 - total) : 0;
    gradient[0] += fixed[0] - w3 * Math.log(alpha + T) - (w4 ? w4 * Math.log(alpha + tx) : 0);
    gradient[1] += fixed[1] - (w3 * (r + x)) / (alpha + T) - (w4 ? (w4 * (r + x)) / (alpha + tx) : 0);
    gradient[2] += fixed[2] + (w4 ? w4 / a : 0);
    gradient[3] += fixed[3] - (w4 ? w4 / (b + x - 1) : 0);
  }
  return gradient;
}
