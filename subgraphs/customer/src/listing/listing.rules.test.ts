import { domainErrorOf } from '@member-graph/common/testing';
import { encodeCursor } from '@member-graph/common/graphql';
import { decodeListingCursor, normaliseFilter, parseSearch } from './listing.rules';
import { customerWhere } from './listing.repository';

const field = domainErrorOf;

test('score ranges must lie in 1..5 with min <= max; the error names the field', () => {
  expect(field(() => normaliseFilter({ recency: { min: 0 } }))).toEqual(['BAD_USER_INPUT', 'filter.recency.min']);
  expect(field(() => normaliseFilter({ monetary: { max: 6 } }))).toEqual(['BAD_USER_INPUT', 'filter.monetary.max']);
  expect(field(() => normaliseFilter({ frequency: { min: 4, max: 2 } }))).toEqual(['BAD_USER_INPUT', 'filter.frequency.min']);
  expect(normaliseFilter({ frequency: { min: 2, max: 2 }, recency: {} }).scores).toEqual([{ column: 'frequency_score', min: 2, max: 2 }]);
});

test('registration dates must be ordered; tags are trimmed and de-duplicated', () => {
  const from = new Date('2026-02-01T00:00:00Z');
  const to = new Date('2026-01-01T00:00:00Z');
  expect(field(() => normaliseFilter({ registeredFrom: from, registeredTo: to }))).toEqual(['BAD_USER_INPUT', 'filter.registeredTo']);
  expect(normaliseFilter({ tagsAll: [' 母婴', '母婴', 'VIP'] }).tagsAll).toEqual(['母婴', 'VIP']);
  expect(field(() => normaliseFilter({ tagsAny: [''] }))).toEqual(['BAD_USER_INPUT', 'filter.tagsAny[0]']);
});

test('search: LIKE characters are escaped; 4+ digits also search the phone, +86 is dropped', () => {
  expect(parseSearch(' 王_% ')).toEqual({ namePattern: '%王\\_\\%%', phoneDigits: null });
  expect(parseSearch('5678')).toEqual({ namePattern: '%5678%', phoneDigits: '5678' });
  expect(parseSearch('+86 138-1234-5678').phoneDigits).toBe('13812345678');
  expect(parseSearch('+447911123456').phoneDigits).toBe('447911123456');
  expect(parseSearch('123').phoneDigits).toBeNull();
  expect(field(() => parseSearch('  '))).toEqual(['BAD_USER_INPUT', 'filter.search']);
});

test('cursors must be the listing key; anything else is BAD_USER_INPUT on after', () => {
  const key = ['2026-01-15T02:00:00.123456Z', '0b7e6a4e-6a7e-4c57-9a39-6c1d7a7f0a11'];
  expect(decodeListingCursor(encodeCursor(key))).toEqual({ registeredAt: key[0], id: key[1] });
  expect(field(() => decodeListingCursor(encodeCursor(['x', 'y'])))).toEqual(['BAD_USER_INPUT', 'after']);
  expect(field(() => decodeListingCursor('%%%'))).toEqual(['BAD_USER_INPUT', 'after']);
});

test('values only ever reach the SQL as parameters', () => {
  const evil = "x'); drop table t; --";
  const where = customerWhere(normaliseFilter({ tagsAll: [evil], search: evil, lifecycleStages: ['NEW'] }), new Date(), null);
  expect(where.sql).not.toContain('drop table');
  expect(Object.values(where.params)).toEqual(expect.arrayContaining([[evil], `%${evil}%`, ['NEW']]));
});
