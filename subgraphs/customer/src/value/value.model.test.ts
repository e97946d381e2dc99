import { readFileSync } from 'node:fs';
import path from 'node:path';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { bgNbdLogLikelihood, conditionalExpectedPurchases, fitBgNbd, probabilityAlive, type BgNbdParams } from './bgnbd';
import { CDNOW_DIR, cdnowSummaries } from './cdnow.fixture';
import { customerLifetimeValue, daysUntilNextExpectedPurchase } from './clv';
import { expectedAverageValue, fitGammaGamma, fitsSpendModel, gammaGammaLogLikelihood } from './gamma-gamma';
import { gammaGammaGradient } from './gamma-gamma-gradient';
import { bgNbdGradient } from './bgnbd-gradient';
import { summarise } from './summary';

const summaries = [...cdnowSummaries().values()];
const PAPER: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('the summary of CDNOW_sample.txt (one occasion per customer-day, weeks, calibration end 1997-09-30)', () => {
  test('matches the published calibration summary of all 2,357 customers', () => {
    const published = readFileSync(path.join(CDNOW_DIR, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
      .trim().split(/\r?\n/).slice(1).map((l) => l.split(',').map(Number));
    const ours = cdnowSummaries();
    expect(ours.size).toBe(2357);
    expect(published).toHaveLength(2357);
    for (const [id, x, tx, T, zbar] of published) {
      const s = ours.get(String(id))!;
      // the CSV rounds half up to 2 decimals (22.345 → 22.35): compare within half a cent
      expect(s.x).toBe(x);
      for (const [ours, theirs] of [[s.tx, tx], [s.T, T], [s.monetary, zbar]]) expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  test('summarise: same-day purchases are one occasion, later ones are ignored, no purchase is null', () => {
    const s = summarise([{ day: '2026-01-01', value: 10 }, { day: '2026-01-01', value: 5 }, { day: '2026-01-15', value: 30 }, { day: '2026-02-01', value: 99 }], '2026-01-29');
    expect(s).toEqual({ x: 1, tx: 2, T: 4, monetary: 30 });
    expect(summarise([{ day: '2026-02-01', value: 1 }], '2026-01-29')).toBeNull();
  });
});

describe('BG/NBD (Fader, Hardie & Lee 2005) on CDNOW', () => {
  const fit = fitBgNbd(summaries);

  test('the maximum-likelihood fit gives the published r, α, a, b = 0.243, 4.414, 0.793, 2.426', () => {
    const { r, alpha, a, b } = fit.params;
    expect([r, alpha, a, b].map((n) => n.toFixed(3))).toEqual(['0.243', '4.414', '0.793', '2.426']);
    expect(fit.logLikelihood.toFixed(1)).toBe('-9582.4'); // the paper's LL
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(PAPER, summaries));
  });

  test('the customer with x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks', () => {
    const c = { x: 2, tx: 30.43, T: 38.86 };
    expect(conditionalExpectedPurchases(fit.params, c, 39).toFixed(3)).toBe('1.226');
    expect(conditionalExpectedPurchases(PAPER, c, 39).toFixed(3)).toBe('1.226');
    expect(conditionalExpectedPurchases(PAPER, c, 0)).toBe(0);
  });

  test('P(alive): 1 without repeat purchases; falls as the silence since the last purchase grows', () => {
    expect(probabilityAlive(PAPER, { x: 0, tx: 0, T: 38.86 })).toBe(1);
    const recent = probabilityAlive(PAPER, { x: 4, tx: 38, T: 38.86 });
    const silent = probabilityAlive(PAPER, { x: 4, tx: 10, T: 38.86 });
    expect(recent).toBeGreaterThan(silent);
    expect(silent).toBeGreaterThan(0);
    expect(recent).toBeLessThan(1);
  });
});

describe('Gamma-Gamma spend model on CDNOW', () => {
  const fit = fitGammaGamma(summaries);

  test('the fit on the 946 repeat buyers gives the published p, q, v = 6.25, 3.74, 15.44', () => {
    expect(fit.customers).toBe(946);
    const { p, q, v } = fit.params;
    expect([p, q, v].map((n) => n.toFixed(2))).toEqual(['6.25', '3.74', '15.44']);
  });

  test('expected average order value shrinks m̄ towards the population mean pv/(q−1)', () => {
    const population = expectedAverageValue(fit.params, { x: 0, monetary: 0 })!;
    expect(population).toBeCloseTo((fit.params.p * fit.params.v) / (fit.params.q - 1), 10);
    const one = expectedAverageValue(fit.params, { x: 1, monetary: 100 })!;
    const many = expectedAverageValue(fit.params, { x: 20, monetary: 100 })!;
    expect(one).toBeGreaterThan(population);
    expect(many).toBeGreaterThan(one);
    expect(many).toBeLessThan(100);
    expect(expectedAverageValue({ p: 1, q: 0.5, v: 1 }, { x: 1, monetary: 10 })).toBeNull();
  });
});

describe('CLV and the next expected purchase', () => {
  const c = { x: 2, tx: 30.43, T: 38.86 };

  test('undiscounted CLV is expected purchases × average value; discounting lowers it', () => {
    const undiscounted = customerLifetimeValue(PAPER, c, 50, 273, 0);
    expect(undiscounted).toBeCloseTo(conditionalExpectedPurchases(PAPER, c, 39) * 50, 9);
    const discounted = customerLifetimeValue(PAPER, c, 50, 273, 0.1);
    expect(discounted).toBeLessThan(undiscounted);
    expect(discounted).toBeGreaterThan(undiscounted / 1.1);
  });

  test('the day one purchase is expected by; null when not within the horizon', () => {
    const day = daysUntilNextExpectedPurchase(PAPER, c, 3650)!;
    expect(conditionalExpectedPurchases(PAPER, c, day / 7)).toBeGreaterThanOrEqual(1);
    expect(conditionalExpectedPurchases(PAPER, c, (day - 1) / 7)).toBeLessThan(1);
    expect(day).toBeLessThan(273); // 1.226 expected within 39 weeks
    expect(daysUntilNextExpectedPurchase(PAPER, { x: 1, tx: 0.1, T: 38.86 }, 30)).toBeNull();
  });
});

test('stdlib ₂F₁ agrees with known values', () => {
  // 2F1(1,1;2;z) = −ln(1−z)/z ; 2F1(a,b;b;z) = (1−z)^(−a)
  expect(hyp2f1(1, 1, 2, 0.5)).toBeCloseTo(-Math.log(0.5) / 0.5, 12);
  expect(hyp2f1(2.243, 4.426, 4.219, 0.5)).toBeGreaterThan(1);
  expect(hyp2f1(0.7, 3, 3, 0.9)).toBeCloseTo(Math.pow(0.1, -0.7), 10);
});

test('the analytic gradients agree with central differences of the log-likelihoods', () => {
  const sample = summaries.slice(0, 300);
  const numeric = (f: (p: number[]) => number, at: number[]) =>
    at.map((_, i) => {
      const h = 1e-6 * at[i];
      const up = at.slice();
      const down = at.slice();
      up[i] += h;
      down[i] -= h;
      return (f(up) - f(down)) / (2 * h);
    });
  const bg = [0.3, 5, 0.9, 2.1];
  const bgF = ([r, alpha, a, b]: number[]) => bgNbdLogLikelihood({ r, alpha, a, b }, sample);
  bgNbdGradient({ r: bg[0], alpha: bg[1], a: bg[2], b: bg[3] }, sample).forEach((g, i) => expect(g).toBeCloseTo(numeric(bgF, bg)[i], 3));
  const gg = [5, 3, 12];
  const repeat = sample.filter(fitsSpendModel);
  const ggF = ([p, q, v]: number[]) => gammaGammaLogLikelihood({ p, q, v }, repeat);
  gammaGammaGradient({ p: gg[0], q: gg[1], v: gg[2] }, repeat).forEach((g, i) => expect(g).toBeCloseTo(numeric(ggF, gg)[i], 3));
});

test('the fit does not depend on the size of the base: the sample repeated ten times (23,570 customers) fits the same', () => {
  const tenfold = Array.from({ length: summaries.length * 10 }, (_, i) => summaries[i % summaries.length]);
  const { r, alpha, a, b } = fitBgNbd(tenfold).params;
  expect([r, alpha, a, b].map((n) => n.toFixed(3))).toEqual(['0.243', '4.414', '0.793', '2.426']);
  const { p, q, v } = fitGammaGamma(tenfold).params;
  expect([p, q, v].map((n) => n.toFixed(2))).toEqual(['6.25', '3.74', '15.44']);
});
