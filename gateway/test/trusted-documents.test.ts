import { createHash } from 'node:crypto';
import type { Actor } from '@member-graph/common/auth';
import { manifestHashOf, TrustedDocuments } from '../src/trusted-documents/trusted-documents';
import { readTrustedDocumentsConfig } from '../src/trusted-documents/trusted-documents.config';

/** The verdicts of trusted documents, without a server (the e2e test runs them through real gateways). */
const TEXT = 'query Me { me { id name } }';
const HASH = createHash('sha256').update(TEXT).digest('hex');
const manifest = { [HASH]: TEXT };
const customer: Actor = { id: 'c1', role: 'customer', scopes: [] };
const agent: Actor = { id: 'a1', role: 'agent', scopes: [] };
const as = (actor: Actor | null) => async () => actor;
const code = (verdict: Awaited<ReturnType<TrustedDocuments['admit']>>) => (verdict && 'error' in verdict ? verdict.error.extensions.code : verdict);

test('the manifest hash is the sha256 of the normalised print: whitespace, field order and commas do not matter', () => {
  expect(manifestHashOf(TEXT)).toBe(HASH);
  expect(manifestHashOf('query Me {\n  me {\n    name,\n    id\n  }\n}')).toBe(HASH);
  expect(manifestHashOf('query Me { me { id name phone } }')).not.toBe(HASH);
  expect(manifestHashOf('query {')).toBeNull();
});

test('on: a customer runs a listed operation by documentId, persistedQuery hash or text; nothing else', async () => {
  const trusted = new TrustedDocuments(manifest, { enabled: true, staff: 'any' });
  expect(await trusted.admit({ documentId: HASH }, as(customer))).toEqual({ query: TEXT });
  expect(await trusted.admit({ documentId: `sha256:${HASH}` }, as(customer))).toEqual({ query: TEXT });
  expect(await trusted.admit({ extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }, as(customer))).toEqual({ query: TEXT });
  expect(await trusted.admit({ query: 'query Me { me { name id } }' }, as(customer))).toBeNull();
  expect(code(await trusted.admit({ query: '{ me { id phone } }' }, as(customer)))).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(code(await trusted.admit({ query: '{ me { id phone } }' }, as(null)))).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(code(await trusted.admit({ documentId: 'unknown' }, as(agent)))).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(code(await trusted.admit({}, as(customer)))).toBe('PERSISTED_QUERY_NOT_FOUND');
});

test('staff: any operation with staff=any, the manifest only with staff=manifest; the actor is resolved only off the manifest', async () => {
  const any = new TrustedDocuments(manifest, { enabled: true, staff: 'any' });
  const strict = new TrustedDocuments(manifest, { enabled: true, staff: 'manifest' });
  expect(await any.admit({ query: '{ customers { totalCount } }' }, as(agent))).toBeNull();
  expect(code(await strict.admit({ query: '{ customers { totalCount } }' }, as(agent)))).toBe('PERSISTED_QUERY_NOT_FOUND');
  let asked = 0;
  await any.admit({ documentId: HASH }, async () => (asked++, agent));
  await any.admit({ query: TEXT }, async () => (asked++, agent));
  expect(asked).toBe(0);
});

test('off: everything passes as sent, and a listed hash still resolves', async () => {
  const off = new TrustedDocuments(manifest, { enabled: false, staff: 'any' });
  expect(await off.admit({ query: '{ me { phone } }' }, as(customer))).toBeNull();
  expect(await off.admit({ extensions: { persistedQuery: { version: 1, sha256Hash: 'apq' } } }, as(customer))).toBeNull();
  expect(await off.admit({ documentId: HASH }, as(customer))).toEqual({ query: TEXT });
});

test('TRUSTED_DOCUMENTS defaults to on in production only; bad values stop the start', () => {
  expect(readTrustedDocumentsConfig({}, true)).toMatchObject({ enabled: true, staff: 'any' });
  expect(readTrustedDocumentsConfig({}, false).enabled).toBe(false);
  expect(readTrustedDocumentsConfig({ TRUSTED_DOCUMENTS: 'false' }, true).enabled).toBe(false);
  expect(readTrustedDocumentsConfig({ TRUSTED_DOCUMENTS: 'true', TRUSTED_DOCUMENTS_STAFF: 'manifest' }, false)).toMatchObject({ enabled: true, staff: 'manifest' });
  expect(readTrustedDocumentsConfig({}, true).manifestPath).toMatch(/clients\/app\/src\/gql\/persisted-documents\.json$/);
  expect(readTrustedDocumentsConfig({}, true).staffManifestPath).toMatch(/clients\/staff\/src\/gql\/persisted-documents\.json$/);
  expect(() => readTrustedDocumentsConfig({ TRUSTED_DOCUMENTS_STAFF: 'some' }, true)).toThrow(/TRUSTED_DOCUMENTS_STAFF/);
  expect(() => TrustedDocuments.load({ enabled: true, staff: 'any', manifestPath: '/nonexistent/manifest.json', staffManifestPath: '/nonexistent/staff.json' })).toThrow(/TRUSTED_DOCUMENTS is on but the manifest/);
});

test('staff=manifest: staff run the staff manifest (by hash or text) and the app manifest; customers never the staff one', async () => {
  const STAFF_TEXT = 'query Page { customers { totalCount } }';
  const STAFF_HASH = createHash('sha256').update(STAFF_TEXT).digest('hex');
  const strict = new TrustedDocuments(manifest, { enabled: true, staff: 'manifest' }, undefined, { [STAFF_HASH]: STAFF_TEXT });
  expect(await strict.admit({ documentId: STAFF_HASH }, as(agent))).toEqual({ query: STAFF_TEXT });
  expect(await strict.admit({ query: 'query Page { customers { totalCount } }' }, as(agent))).toBeNull();
  expect(await strict.admit({ documentId: HASH }, as(agent))).toEqual({ query: TEXT });
  expect(code(await strict.admit({ query: '{ customers { nodes { id } } }' }, as(agent)))).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(code(await strict.admit({ documentId: STAFF_HASH }, as(customer)))).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(code(await strict.admit({ query: STAFF_TEXT }, as(customer)))).toBe('PERSISTED_QUERY_NOT_FOUND');
});
