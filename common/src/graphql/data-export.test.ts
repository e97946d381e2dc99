import type { Actor } from '../auth';
import { DomainError } from '../errors';
import { boundExportLists, exportSection, requireExportAccess } from './data-export';

const customer = (id: string): Actor => ({ id, role: 'customer', scopes: [] });
const staff = (role: Actor['role']): Actor => ({ id: `${role}-1`, role, scopes: ['pii:reveal'] });
const noMerge = async () => null;
const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e: DomainError) => e.code);

describe('boundExportLists', () => {
  test('keeps lists up to the cap whole and names none', () => {
    const section = { profile: { name: 'a' }, ledger: [1, 2, 3], tickets: [{ id: 't', messages: [1, 2] }] };
    expect(boundExportLists(section, 3)).toEqual({ ...section, truncated: [] });
  });

  test('cuts every longer list at the cap, nested ones too, and names each by its path once', () => {
    const section = {
      ledger: [1, 2, 3, 4],
      badges: [1],
      tickets: [
        { id: 'a', messages: [1, 2, 3] },
        { id: 'b', messages: [1, 2, 3, 4, 5] },
        { id: 'c', messages: [1, 2, 3, 4] },
      ],
      behaviour: { events: [1, 2, 3, 4], summary: [] },
    };
    const bounded = boundExportLists(section, 3);
    expect(bounded.ledger).toEqual([1, 2, 3]);
    expect(bounded.badges).toEqual([1]);
    expect(bounded.tickets).toEqual([
      { id: 'a', messages: [1, 2, 3] },
      { id: 'b', messages: [1, 2, 3] },
      { id: 'c', messages: [1, 2, 3] },
    ]);
    expect(bounded.behaviour).toEqual({ events: [1, 2, 3], summary: [] });
    expect(bounded.truncated).toEqual(['behaviour.events', 'ledger', 'tickets[].messages']);
  });

  test('leaves scalars, nulls and dates alone', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(boundExportLists({ a: null, b: 1, c: 'x', d: true, at }, 1)).toEqual({ a: null, b: 1, c: 'x', d: true, at, truncated: [] });
  });
});

describe('requireExportAccess', () => {
  test('admins may export anyone; a customer only themself', async () => {
    expect(await codeOf(requireExportAccess(staff('admin'), 'c1', noMerge))).toBe('OK');
    expect(await codeOf(requireExportAccess(customer('c1'), 'c1', noMerge))).toBe('OK');
    expect(await codeOf(requireExportAccess(customer('c2'), 'c1', noMerge))).toBe('NOT_FOUND');
  });

  test('a customer may export the customer their id was merged into, nobody else', async () => {
    const mergedInto = async (id: string) => (id === 'old' ? 'c1' : null);
    expect(await codeOf(requireExportAccess(customer('old'), 'c1', mergedInto))).toBe('OK');
    expect(await codeOf(requireExportAccess(customer('old'), 'c2', mergedInto))).toBe('NOT_FOUND');
  });

  test('other staff, even with pii:reveal, and anonymous callers are refused', async () => {
    for (const role of ['agent', 'marketer', 'system'] as const) expect(await codeOf(requireExportAccess(staff(role), 'c1', noMerge))).toBe('FORBIDDEN');
    expect(await codeOf(requireExportAccess(null, 'c1', noMerge))).toBe('UNAUTHENTICATED');
  });
});

test('exportSection reads lists with the cap plus one row and reads nothing when access is refused', async () => {
  const limits: number[] = [];
  const read = async (limit: number) => (limits.push(limit), { ledger: [1, 2, 3] });
  expect(await exportSection(customer('c1'), 'c1', { actorMergedInto: noMerge, read }, 2)).toEqual({ ledger: [1, 2], truncated: ['ledger'] });
  expect(limits).toEqual([3]);
  expect(await codeOf(exportSection(customer('c2'), 'c1', { actorMergedInto: noMerge, read }, 2))).toBe('NOT_FOUND');
  expect(limits).toEqual([3]);
});
