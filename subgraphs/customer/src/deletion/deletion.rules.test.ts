import { canCancel, erasesAt, isDue, validCoolingOffDays } from './deletion.rules';

const at = new Date('2026-03-01T00:00:00.000Z');

test('the cooling-off period is a whole number of days from 1 to 90', () => {
  expect([1, 7, 90].map(validCoolingOffDays)).toEqual([true, true, true]);
  expect([0, -1, 91, 1.5, Number.NaN].map(validCoolingOffDays)).toEqual([false, false, false, false, false]);
});

test('a request erases after its cooling-off period, to the millisecond', () => {
  expect(erasesAt(at, 7).toISOString()).toBe('2026-03-08T00:00:00.000Z');
  const pending = { status: 'PENDING' as const, erasesAt: erasesAt(at, 7) };
  expect(isDue(pending, new Date('2026-03-07T23:59:59.999Z'))).toBe(false);
  expect(isDue(pending, new Date('2026-03-08T00:00:00.000Z'))).toBe(true);
  expect(isDue({ ...pending, status: 'CANCELLED' }, new Date('2026-04-01T00:00:00.000Z'))).toBe(false);
});

test('only a pending request not yet due can be cancelled', () => {
  const pending = { status: 'PENDING' as const, erasesAt: erasesAt(at, 7) };
  expect(canCancel(pending, new Date('2026-03-02T00:00:00.000Z'))).toBe(true);
  expect(canCancel(pending, new Date('2026-03-08T00:00:00.000Z'))).toBe(false);
  expect(canCancel({ ...pending, status: 'CANCELLED' }, at)).toBe(false);
  expect(canCancel({ ...pending, status: 'ERASED' }, at)).toBe(false);
});
