import { DAY_MS } from '@member-graph/common/time';
import { domainErrorOf } from '@member-graph/common/testing';
import { changeWindow, inWindow, MAX_SCHEDULE_AHEAD_DAYS, queuedDueAt, windowPhase } from './schedule.rules';

const now = new Date('2026-03-01T00:00:00.000Z');
const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
const open = { startsAt: null, endsAt: null };

test('the phase: SCHEDULED before the start, OPEN from the start, ENDED from the end on (the end is exclusive)', () => {
  const w = { startsAt: at(1), endsAt: at(3) };
  expect(windowPhase(w, at(0.5))).toBe('SCHEDULED');
  expect(windowPhase(w, at(1))).toBe('OPEN');
  expect(windowPhase(w, new Date(at(3).getTime() - 1))).toBe('OPEN');
  expect(windowPhase(w, at(3))).toBe('ENDED');
  expect(windowPhase(open, at(-1000))).toBe('OPEN');
  expect(windowPhase({ startsAt: null, endsAt: at(1) }, at(2))).toBe('ENDED');
  expect(inWindow({ startsAt: at(1), endsAt: null }, at(0))).toBe(false);
  expect(inWindow({ startsAt: at(1), endsAt: null }, at(400))).toBe(true);
});

test('queued sends are due now, or at the start when it is later', () => {
  expect(queuedDueAt({ startsAt: at(2), endsAt: null }, now)).toEqual(at(2));
  expect(queuedDueAt({ startsAt: at(-2), endsAt: null }, now)).toEqual(now);
  expect(queuedDueAt(open, now)).toEqual(now);
});

test('a change keeps what is left out, clears what is null, and checks the window it makes', () => {
  const stored = { startsAt: at(1), endsAt: at(5) };
  expect(changeWindow(stored, {}, now)).toEqual(stored);
  expect(changeWindow(stored, { endsAt: null }, now)).toEqual({ startsAt: at(1), endsAt: null });
  expect(changeWindow(stored, { startsAt: at(2) }, now)).toEqual({ startsAt: at(2), endsAt: at(5) });
  expect(changeWindow(open, { startsAt: at(-10), endsAt: at(1) }, now)).toEqual({ startsAt: at(-10), endsAt: at(1) }); // started already
  // a stored end in the past does not block other changes
  expect(changeWindow({ startsAt: null, endsAt: at(-1) }, { startsAt: null }, now)).toEqual({ startsAt: null, endsAt: at(-1) });
});

test('an end not after the start, an end in the past, or an end too far ahead is BAD_USER_INPUT', () => {
  expect(domainErrorOf(() => changeWindow(open, { startsAt: at(2), endsAt: at(2) }, now))).toEqual(['BAD_USER_INPUT', 'schedule']);
  expect(domainErrorOf(() => changeWindow({ startsAt: at(3), endsAt: null }, { endsAt: at(2) }, now))).toEqual(['BAD_USER_INPUT', 'schedule']);
  expect(domainErrorOf(() => changeWindow(open, { endsAt: now }, now))).toEqual(['BAD_USER_INPUT', 'schedule']);
  expect(domainErrorOf(() => changeWindow(open, { startsAt: at(MAX_SCHEDULE_AHEAD_DAYS + 1) }, now))).toEqual(['BAD_USER_INPUT', 'schedule']);
  expect(domainErrorOf(() => changeWindow(open, { endsAt: at(MAX_SCHEDULE_AHEAD_DAYS + 1) }, now))).toEqual(['BAD_USER_INPUT', 'schedule']);
  expect(() => changeWindow(open, { startsAt: at(MAX_SCHEDULE_AHEAD_DAYS - 1), endsAt: at(MAX_SCHEDULE_AHEAD_DAYS) }, now)).not.toThrow();
});
