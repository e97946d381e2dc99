import { revertFilled, unmergeRefusal, unmergeTarget } from './unmerge.rules';

const restore = { participants: {}, filled: ['phone', 'birthday'], survivorRegisteredAt: '2026-02-01T00:00:00.000Z' };
const active = { status: 'ACTIVE', mergedIntoId: null };
const mergedInto = (id: string) => ({ status: 'MERGED', mergedIntoId: id });

test('a merge is undone once, only while both sides stand as the merge left them', () => {
  const m = { survivorId: 's', restore, unmerged: false };
  expect(unmergeRefusal(m, active, mergedInto('s'))).toBeNull();
  expect(unmergeRefusal({ ...m, unmerged: true }, active, mergedInto('s'))).toBe('ALREADY_UNMERGED');
  expect(unmergeRefusal(m, { status: 'ERASED', mergedIntoId: null }, mergedInto('s'))).toBe('CUSTOMER_ERASED');
  expect(unmergeRefusal({ ...m, restore: null }, active, mergedInto('s'))).toBe('MERGE_NOT_UNDOABLE'); // merged before merges kept a record
  expect(unmergeRefusal(m, mergedInto('t'), mergedInto('s'))).toBe('MERGE_NOT_UNDOABLE'); // the survivor was merged on: undo that first
  expect(unmergeRefusal(m, active, active)).toBe('MERGE_NOT_UNDOABLE');
});

test('an unmerge names a merge by id or by its pair, never both or half', () => {
  expect(unmergeTarget({ mergeId: 'm' })).toEqual({ mergeId: 'm' });
  expect(unmergeTarget({ survivorId: 's', mergedId: 'x' })).toEqual({ survivorId: 's', mergedId: 'x' });
  expect(unmergeTarget({ mergeId: 'm', survivorId: 's', mergedId: 'x' })).toBeNull();
  expect(unmergeTarget({ survivorId: 's' })).toBeNull();
  expect(unmergeTarget({})).toBeNull();
});

test("the survivor gives back the fields the merge filled, unless edited since, and its own registration time", () => {
  const merged = { phone: '13800000001', birthday: '1990-01-01', name: 'B', registeredAt: new Date('2026-01-01T00:00:00.000Z') };
  const survivor = { phone: '13800000001', birthday: '1991-02-02', name: 'A', registeredAt: new Date('2026-01-01T00:00:00.000Z') };
  expect(revertFilled(restore, survivor, merged)).toEqual({ phone: null, registeredAt: new Date('2026-02-01T00:00:00.000Z') });
  expect(revertFilled({ ...restore, filled: [], survivorRegisteredAt: survivor.registeredAt }, survivor, merged)).toEqual({});
});
