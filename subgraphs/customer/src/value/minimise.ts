import { nelderMead } from 'fmin';

/** The outcome of a fit: parameters and the maximised log-likelihood. */
export interface MaximumLikelihood {
  params: number[];
  logLikelihood: number;
}

const RESTARTS = 4;

/**
 * Maximises a log-likelihood over strictly positive parameters by Nelder–Mead (fmin) on their
 * logarithms, so the search is unconstrained. The simplex is restarted from the best point until a
 * restart no longer improves it (Nelder–Mead may stall on a collapsed simplex; a fresh one fixes
 * that), which makes the optimum reproducible to far more digits than the published three.
 */
export function maximiseOverPositive(logLikelihood: (params: number[]) => number, start: number[]): MaximumLikelihood {
  const negative = (logParams: number[]) => {
    const ll = logLikelihood(logParams.map(Math.exp));
    return Number.isFinite(ll) ? -ll : Number.MAX_VALUE;
  };
  let best = nelderMead(negative, start.map(Math.log), { maxIterations: 4000, minErrorDelta: 1e-10 });
  for (let i = 0; i < RESTARTS; i++) {
    const next = nelderMead(negative, best.x.slice(), { maxIterations: 4000, minErrorDelta: 1e-12, nonZeroDelta: 1.1, zeroDelta: 0.05 });
    const improved = best.fx - next.fx;
    if (next.fx <= best.fx) best = next;
    if (!(improved > 1e-9)) break;
  }
  return { params: best.x.map(Math.exp), logLikelihood: -best.fx };
}
