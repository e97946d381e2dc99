import { birthdayDue, birthdayDueAfterRun, birthdayMonth, inBirthdayMonth } from './birthday.rules';

test('birthday months are read from YYYY-MM-DD', () => {
  expect(birthdayMonth('1990-03-08')).toBe(3);
  expect(birthdayMonth(null)).toBeNull();
  expect(birthdayMonth('garbage')).toBeNull();
});

test('the job is due at the start of the birthday month, this year or next', () => {
  const now = new Date('2026-03-20T04:00:00Z');
  expect(birthdayDue(3, now).toISOString()).toBe('2026-02-28T16:00:00.000Z'); // in the month: due now
  expect(birthdayDue(5, now).toISOString()).toBe('2026-04-30T16:00:00.000Z');
  expect(birthdayDue(1, now).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  expect(birthdayDueAfterRun(3, now).toISOString()).toBe('2027-02-28T16:00:00.000Z');
  expect(birthdayDueAfterRun(5, now).toISOString()).toBe('2026-04-30T16:00:00.000Z');
});

test('the birthday month is the Shanghai month', () => {
  expect(inBirthdayMonth(3, new Date('2026-02-28T16:30:00Z'))).toBe(true);
  expect(inBirthdayMonth(3, new Date('2026-02-28T15:30:00Z'))).toBe(false);
});
