import { allocateFifo, lotRemainingAfterCredit, pointsForAmount, requestHash } from './points.rules';

test('points per whole yuan, times the multipliers, rounded down', () => {
  expect(pointsForAmount(19_999, 1)).toBe(199);
  expect(pointsForAmount(10_000, 1, [1.2])).toBe(120);
  expect(pointsForAmount(10_000, 1, [1.5, 2])).toBe(300);
  expect(pointsForAmount(29, 100)).toBe(29); // 0.29 yuan at 100 points per yuan: no float loss
  expect(pointsForAmount(0, 1, [2])).toBe(0);
  expect(pointsForAmount(-500, 1)).toBe(0);
});

test('FIFO allocation takes the oldest lots first and reports the shortfall', () => {
  const lots = [
    { entryId: 1, remaining: 30 },
    { entryId: 2, remaining: 50 },
    { entryId: 3, remaining: 20 },
  ];
  expect(allocateFifo(lots, 60)).toEqual({ allocations: [{ entryId: 1, take: 30 }, { entryId: 2, take: 30 }], shortfall: 0 });
  expect(allocateFifo(lots, 130)).toEqual({
    allocations: [{ entryId: 1, take: 30 }, { entryId: 2, take: 50 }, { entryId: 3, take: 20 }],
    shortfall: 30,
  });
  expect(allocateFifo([], 5)).toEqual({ allocations: [], shortfall: 5 });
});

test('a credit pays back a negative balance before it becomes spendable', () => {
  expect(lotRemainingAfterCredit(100, 50)).toBe(50);
  expect(lotRemainingAfterCredit(-30, 50)).toBe(20);
  expect(lotRemainingAfterCredit(-80, 50)).toBe(0);
});

test('request hashes ignore key order and treat undefined as null', () => {
  expect(requestHash({ a: 1, b: 'x' })).toBe(requestHash({ b: 'x', a: 1 }));
  expect(requestHash({ a: 1, b: undefined })).toBe(requestHash({ a: 1, b: null }));
  expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
});
