import { DomainError } from '@member-graph/common/errors';
import type { ValueModelRecord } from './value.records';
import { scoreCustomers } from './value.scores';

const model = (params: Partial<ValueModelRecord>): ValueModelRecord => ({
  id: 'm1', r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, v: 15.44,
  fittedAt: new Date('1997-10-01T00:00:00Z'), customers: 3, spendCustomers: 2, calibrationEnd: '1997-09-30', logLikelihood: -9582.4,
  ...params,
});
const customers = [
  { x: 2, tx: 30.43, T: 38.86, monetary: 20 },
  { x: 0, tx: 0, T: 5, monetary: 0 },
  { x: 3, tx: 2, T: 30, monetary: 35 },
];
const roots = (m: ValueModelRecord) => customers.map((summary, i) => ({ customerId: `c${i}`, summary, model: m }));

test('the published CDNOW parameters score every customer with finite figures and deciles 1..10', () => {
  const scores = scoreCustomers(roots(model({})));
  expect(scores.every((s) => Number.isFinite(s.churnProbability) && Number.isFinite(s.clvCents) && s.clvDecile >= 1 && s.clvDecile <= 10)).toBe(true);
});

test('parameters that ran off (a fit on too regular a history) are VALUE_MODEL_UNSTABLE, not a NaN stored or an internal error', () => {
  let thrown: unknown;
  try {
    scoreCustomers(roots(model({ r: 2e6, alpha: 3e5, a: 1e6, b: 1e-3 })));
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  expect((thrown as DomainError).code).toBe('VALUE_MODEL_UNSTABLE');
});
