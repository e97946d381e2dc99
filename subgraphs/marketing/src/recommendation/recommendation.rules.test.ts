import { cosine, fillWithPopular, type Recommendation } from './recommendation.rules';

test('cosine over customers: both bought ÷ √(bought a × bought b)', () => {
  expect(cosine(2, 3, 3)).toBeCloseTo(2 / 3);
  expect(cosine(2, 3, 2)).toBeCloseTo(2 / Math.sqrt(6));
  expect(cosine(0, 3, 2)).toBe(0);
});

test('personal items first, then popular ones not bought and not listed', () => {
  const r = (sku: string, score: number, reason: Recommendation['reason'] = 'ALSO_BOUGHT'): Recommendation => ({ sku, category: null, score, reason });
  const list = fillWithPopular([r('C', 0.4), r('A', 0.7)], [r('A', 3, 'POPULAR'), r('B', 3, 'POPULAR'), r('D', 1, 'POPULAR')], new Set(['B']), 3);
  expect(list.map((x) => `${x.sku}:${x.reason}`)).toEqual(['A:ALSO_BOUGHT', 'C:ALSO_BOUGHT', 'D:POPULAR']);
});
