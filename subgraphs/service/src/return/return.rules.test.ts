import { domainErrorOf } from '@member-graph/common/testing';
import { DEFAULT_SETTINGS } from '../settings';
import { autoApproval, checkReturnTransition, returnLines } from './return.rules';

const ordered = [
  { sku: 'A', quantity: 3, amountCents: 1000 },
  { sku: 'B', quantity: 1, amountCents: 500 },
];

describe('returned lines', () => {
  test('a share of the line amount; the last items take the rest so cents add up', () => {
    expect(returnLines(ordered, [{ sku: 'A', quantity: 1 }], [])).toEqual([{ sku: 'A', quantity: 1, amountCents: 333 }]);
    const held = [{ sku: 'A', quantity: 1, amountCents: 333 }];
    expect(returnLines(ordered, [{ sku: 'A', quantity: 2 }], held)).toEqual([{ sku: 'A', quantity: 2, amountCents: 667 }]);
  });

  test('no more than ordered less what other returns hold; each sku once; known skus only', () => {
    expect(domainErrorOf(() => returnLines(ordered, [{ sku: 'B', quantity: 1 }], [{ sku: 'B', quantity: 1, amountCents: 500 }]))).toEqual(['RETURN_EXCEEDS_ORDER', undefined]);
    expect(domainErrorOf(() => returnLines(ordered, [{ sku: 'A', quantity: 1 }, { sku: 'A', quantity: 1 }], []))).toEqual(['BAD_USER_INPUT', 'lines']);
    expect(domainErrorOf(() => returnLines(ordered, [{ sku: 'C', quantity: 1 }], []))).toEqual(['BAD_USER_INPUT', 'lines']);
    expect(domainErrorOf(() => returnLines(ordered, [{ sku: 'A', quantity: 0 }], []))).toEqual(['BAD_USER_INPUT', 'lines']);
  });
});

describe('auto-approval', () => {
  const decide = (f: Partial<Parameters<typeof autoApproval>[1]>) => autoApproval(DEFAULT_SETTINGS, { tier: null, ordersCount: 4, returnsCount: 0, amountCents: 10_000, ...f });
  test('amount within the tier limit and a low return rate', () => {
    expect(decide({})).toMatchObject({ approved: true, rule: 'AUTO_APPROVAL' });
    expect(decide({ amountCents: 20_001 })).toMatchObject({ approved: false, rule: 'MANUAL_AMOUNT_OVER_TIER_LIMIT' });
    expect(decide({ amountCents: 90_000, tier: 'GOLD' })).toMatchObject({ approved: true });
    expect(decide({ returnsCount: 2 })).toMatchObject({ approved: false, rule: 'MANUAL_RETURN_RATE' });
    expect(decide({ ordersCount: 0 })).toMatchObject({ approved: false, rule: 'MANUAL_RETURN_RATE' });
  });
});

describe('return stages', () => {
  test('who may make each move', () => {
    expect(domainErrorOf(() => checkReturnTransition('REQUESTED', 'APPROVED', 'agent'))).toBe('no error');
    expect(domainErrorOf(() => checkReturnTransition('REQUESTED', 'APPROVED', 'customer'))).toEqual(['FORBIDDEN', undefined]);
    expect(domainErrorOf(() => checkReturnTransition('APPROVED', 'SHIPPED_BACK', 'customer'))).toBe('no error');
    expect(domainErrorOf(() => checkReturnTransition('SHIPPED_BACK', 'CANCELLED', 'customer'))).toEqual(['INVALID_TRANSITION', undefined]);
    expect(domainErrorOf(() => checkReturnTransition('REFUNDED', 'REJECTED', 'admin'))).toEqual(['INVALID_TRANSITION', undefined]);
    expect(domainErrorOf(() => checkReturnTransition('QUALITY_CHECK', 'REFUNDED', 'marketer'))).toEqual(['FORBIDDEN', undefined]);
  });
});
