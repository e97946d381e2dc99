import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { logAddExp } from './log-space';
import { bgNbdGradient } from './bgnbd-gradient';
import { maximiseOverPositive } from './minimise';
import type { BgNbdParams, Frequency } from './model.types';

export type { BgNbdParams, Frequency } from './model.types';

/** The terms of the log-likelihood that depend only on x (few distinct values): computed once per x. */
function termsByX(p: BgNbdParams, xs: Iterable<number>) {
  const { r, alpha, a, b } = p;
  const lnBetaAB = gammaln(a + b) - gammaln(b);
  const terms = new Map<number, { a1a2: number; lnRatio: number }>();
  for (const x of xs) {
    if (terms.has(x)) continue;
    const a1 = gammaln(r + x) - gammaln(r) + r * Math.log(alpha);
    const a2 = lnBetaAB + gammaln(b + x) - gammaln(a + b + x);
    terms.set(x, { a1a2: a1 + a2, lnRatio: x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity });
  }
  return terms;
}

/**
 * The sample log-likelihood (FHL 2005 eq. 6), in log space:
 * ln L = A1 + A2 + ln(exp(A3) + δ(x>0) exp(A4)), with
 * A1 = lnΓ(r+x) − lnΓ(r) + r ln α, A2 = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x),
 * A3 = −(r+x) ln(α+T), A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x).
 */
export function bgNbdLogLikelihood(p: BgNbdParams, customers: readonly Frequency[]): number {
  const terms = termsByX(p, customers.map((c) => c.x));
  let sum = 0;
  for (const { x, tx, T } of customers) {
    const t = terms.get(x)!;
    const a3 = -(p.r + x) * Math.log(p.alpha + T);
    const a4 = x > 0 ? t.lnRatio - (p.r + x) * Math.log(p.alpha + tx) : -Infinity;
    sum += t.a1a2 + logAddExp(a3, a4);
  }
  return sum;
}

/** Fits (r, α, a, b) by maximum likelihood; throws when there is nothing to fit. */
export function fitBgNbd(customers: readonly Frequency[]): { params: BgNbdParams; logLikelihood: number } {
  if (customers.length === 0) throw new Error('BG/NBD needs at least one customer');
  const fit = maximiseOverPositive(
    {
      value: ([r, alpha, a, b]) => bgNbdLogLikelihood({ r, alpha, a, b }, customers),
      gradient: ([r, alpha, a, b]) => bgNbdGradient({ r, alpha, a, b }, customers),
    },
    [1, 1, 1, 1],
    customers.length,
  );
  const [r, alpha, a, b] = fit.params;
  return { params: { r, alpha, a, b }, logLikelihood: fit.logLikelihood };
}

/** δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x): the odds of having died, shared by eq. 10 and 13. */
function deathOdds(p: BgNbdParams, c: Frequency): number {
  if (c.x === 0) return 0;
  return (p.a / (p.b + c.x - 1)) * Math.exp((p.r + c.x) * (Math.log(p.alpha + c.T) - Math.log(p.alpha + c.tx)));
}

/** P(alive | x, t_x, T) (FHL 2005 eq. 13). A customer with no repeat purchase counts as alive. */
export function probabilityAlive(p: BgNbdParams, c: Frequency): number {
  return 1 / (1 + deathOdds(p, c));
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t weeks (FHL 2005 eq. 10):
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] / (1 + deathOdds).
 * ₂F₁ is stdlib's (Cephes) implementation; its argument lies in [0, 1).
 */
export function conditionalExpectedPurchases(p: BgNbdParams, c: Frequency, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const { x, T } = c;
  const z = t / (alpha + T + t);
  const power = Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t)));
  const f = hyp2f1(r + x, b + x, a + b + x - 1, z);
  return ((a + b + x - 1) / (a - 1)) * (1 - power * f) / (1 + deathOdds(p, c));
}
