import numeric from 'numeric';

/** The outcome of a fit: parameters and the maximised log-likelihood. */
export interface MaximumLikelihood {
  params: number[];
  logLikelihood: number;
}

/** A log-likelihood of strictly positive parameters and its gradient with respect to them. */
export interface LogLikelihood {
  value(params: number[]): number;
  gradient(params: number[]): number[];
}

const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 2000;
const MAX_RESTARTS = 5;

/**
 * Maximises a log-likelihood over strictly positive parameters with numeric's BFGS (`uncmin`) on their
 * logarithms, so the search is unconstrained (the analytic gradient is carried over by the chain rule,
 * ∂/∂ln θ = θ ∂/∂θ); a non-finite likelihood counts as the worst value. BFGS is restarted from its
 * answer (a fresh Hessian estimate) until a restart no longer improves it. The search works on the mean
 * log-likelihood per observation, so its first steps (BFGS starts from the identity) are of the same
 * size whether 2,000 or 200,000 customers are fitted.
 */
export function maximiseOverPositive(ll: LogLikelihood, start: number[], observations: number): MaximumLikelihood {
  const f = (logParams: number[]) => {
    const value = ll.value(logParams.map(Math.exp)) / observations;
    return Number.isFinite(value) ? -value : Number.MAX_VALUE;
  };
  const g = (logParams: number[]) => {
    const params = logParams.map(Math.exp);
    return ll.gradient(params).map((d, i) => (-d * params[i]) / observations);
  };
  let best = numeric.uncmin(f, start.map(Math.log), TOLERANCE, g, MAX_ITERATIONS);
  for (let i = 0; i < MAX_RESTARTS; i++) {
    const next = numeric.uncmin(f, best.solution, TOLERANCE, g, MAX_ITERATIONS);
    const improved = best.f - next.f;
    if (next.f <= best.f) best = next;
    if (!(improved > 1e-13)) break;
  }
  if (!Number.isFinite(best.f) || best.f === Number.MAX_VALUE) throw new Error(`the fit did not converge: ${best.message}`);
  return { params: best.solution.map(Math.exp), logLikelihood: -best.f * observations };
}
