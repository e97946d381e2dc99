import { checkAuditFilter } from './audit-filter';

const codeOf = (filter: Parameters<typeof checkAuditFilter>[0]) => {
  try {
    checkAuditFilter(filter);
    return 'OK';
  } catch (e) {
    return `${(e as { code: string }).code} ${JSON.stringify((e as { details?: unknown }).details ?? (e as { extensions?: unknown }).extensions ?? null)}`;
  }
};

test('no filter, or any mix of valid parts, passes', () => {
  expect(codeOf(null)).toBe('OK');
  expect(codeOf({})).toBe('OK');
  expect(codeOf({ customerId: '5b0c8f0e-2f4a-4b7e-9a51-0c7f0e2d4c11', actorId: 'admin-1', from: new Date('2026-01-01'), to: new Date('2026-02-01') })).toBe('OK');
  expect(codeOf({ from: new Date('2026-01-01') })).toBe('OK');
});

test('a customer id that is not a UUID, an empty or overlong actor id, or an empty window is BAD_USER_INPUT', () => {
  expect(codeOf({ customerId: 'nope' })).toMatch(/^BAD_USER_INPUT .*filter\.customerId/);
  expect(codeOf({ actorId: '' })).toMatch(/^BAD_USER_INPUT .*filter\.actorId/);
  expect(codeOf({ actorId: 'a'.repeat(201) })).toMatch(/^BAD_USER_INPUT .*filter\.actorId/);
  expect(codeOf({ actorId: 'a'.repeat(200) })).toBe('OK');
  const t = new Date('2026-01-01T00:00:00Z');
  expect(codeOf({ from: t, to: t })).toMatch(/^BAD_USER_INPUT .*filter\.from/);
  expect(codeOf({ from: new Date('2026-02-01'), to: t })).toMatch(/^BAD_USER_INPUT .*filter\.from/);
});
