import { DAY_MS } from '@member-graph/common/time';
import { domainErrorOf } from '@member-graph/common/testing';
import { checkTransition, statusAfterReply, TRANSITIONS, type TicketStatusCode } from './ticket.rules';

const now = new Date('2026-03-10T00:00:00Z');
const base = { byCustomer: false, resolvedAt: null, now, reopenWindowDays: 7 };

describe('ticket state machine', () => {
  test('each type allows its own moves', () => {
    expect(domainErrorOf(() => checkTransition({ ...base, type: 'CONSULTATION', from: 'NEW', to: 'RESOLVED' }))).toBe('no error');
    expect(domainErrorOf(() => checkTransition({ ...base, type: 'COMPLAINT', from: 'NEW', to: 'RESOLVED' }))).toEqual(['INVALID_TRANSITION', undefined]);
    expect(domainErrorOf(() => checkTransition({ ...base, type: 'COMPLAINT', from: 'WAITING_CUSTOMER', to: 'RESOLVED' }))).toEqual(['INVALID_TRANSITION', undefined]);
    expect(domainErrorOf(() => checkTransition({ ...base, type: 'AFTER_SALES', from: 'WAITING_CUSTOMER', to: 'RESOLVED' }))).toBe('no error');
  });

  test('no status moves to itself or back to NEW, and CLOSED only reopens', () => {
    for (const machine of Object.values(TRANSITIONS)) {
      for (const [from, targets] of Object.entries(machine) as [TicketStatusCode, readonly TicketStatusCode[]][]) {
        expect(targets).not.toContain(from);
        expect(targets).not.toContain('NEW');
      }
      expect(machine.CLOSED).toEqual(['IN_PROGRESS']);
    }
  });

  test('a reopen is allowed within the window after the resolution only', () => {
    const resolvedAt = new Date(now.getTime() - 7 * DAY_MS);
    expect(domainErrorOf(() => checkTransition({ ...base, type: 'COMPLAINT', from: 'CLOSED', to: 'IN_PROGRESS', resolvedAt }))).toBe('no error');
    const late = new Date(resolvedAt.getTime() - 1);
    expect(domainErrorOf(() => checkTransition({ ...base, type: 'COMPLAINT', from: 'RESOLVED', to: 'IN_PROGRESS', resolvedAt: late }))).toEqual(['REOPEN_WINDOW_CLOSED', undefined]);
  });

  test('a customer may only close a resolved ticket or reopen one', () => {
    const c = { ...base, byCustomer: true, resolvedAt: now };
    expect(domainErrorOf(() => checkTransition({ ...c, type: 'CONSULTATION', from: 'RESOLVED', to: 'CLOSED' }))).toBe('no error');
    expect(domainErrorOf(() => checkTransition({ ...c, type: 'CONSULTATION', from: 'RESOLVED', to: 'IN_PROGRESS' }))).toBe('no error');
    expect(domainErrorOf(() => checkTransition({ ...c, type: 'CONSULTATION', from: 'NEW', to: 'RESOLVED' }))).toEqual(['FORBIDDEN', undefined]);
  });
});

describe('statusAfterReply', () => {
  test.each<['CUSTOMER' | 'AGENT', TicketStatusCode, TicketStatusCode | null]>([
    ['CUSTOMER', 'WAITING_CUSTOMER', 'IN_PROGRESS'],
    ['AGENT', 'ASSIGNED', 'IN_PROGRESS'],
    ['AGENT', 'NEW', null], // an answer before assignment is a first response, not a move
    ['AGENT', 'WAITING_CUSTOMER', null],
    ['CUSTOMER', 'ASSIGNED', null],
    ['CUSTOMER', 'IN_PROGRESS', null],
    ['AGENT', 'RESOLVED', null],
  ])('a %s reply to a %s ticket moves it to %s', (author, status, to) => {
    expect(statusAfterReply(author, status)?.to ?? null).toBe(to);
  });
});
