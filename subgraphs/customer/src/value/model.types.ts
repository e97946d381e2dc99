import type { CustomerSummary } from './summary';

/* The models' parameter and input shapes, apart from the models so the gradient files need not import them back. */

/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): while alive a
 * customer buys as a Poisson process of rate λ ~ Gamma(r, α); after each purchase they die with
 * probability p ~ Beta(a, b). Time is in weeks.
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** A customer's (x, t_x, T); the monetary value is not used by this model. */
export type Frequency = Pick<CustomerSummary, 'x' | 'tx' | 'T'>;

/**
 * The Gamma-Gamma spend model (Fader & Hardie, "The Gamma-Gamma Model of Monetary Value", 2013; Colombo
 * & Jiang 1999): a transaction's value is Gamma(p, ν) and a customer's ν ~ Gamma(q, v). Fitted on the
 * customers with at least one repeat purchase, from x and the mean value m̄ of their repeat purchases.
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export type Spend = Pick<CustomerSummary, 'x' | 'monetary'>;
