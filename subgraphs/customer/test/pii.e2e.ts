import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { useTestStack } from '../../../scripts/stack';

/**
 * DESIGN §7: phone and email are masked unless the caller is the customer, an admin, or staff holding
 * the pii:reveal scope; every reveal to staff is audited (who, which customer, which field, when),
 * for a page in one statement; admins read the audit.
 */
const env = useTestStack('pii', { subgraphs: ['customer'] });
const ids: string[] = [];
const tokens = {} as Record<'system' | 'admin' | 'marketer' | 'revealer' | 'agent', string>;

const PAGE = `query($first: Int!) { customers(first: $first) { nodes { id phone email identities { type value } } } }`;
const REVEALS = `query($id: ID!, $first: Int, $after: String) {
  piiReveals(customerId: $id, first: $first, after: $after) { nodes { field actorId actorRole at } pageInfo { hasNextPage endCursor } totalCount }
}`;

const gql = (query: string, variables: Record<string, unknown>, token: string) => graphql(env.stack.gateway.url, query, variables, { token });
const auditRows = async () =>
  (await env.stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from customer.pii_reveals`))[0].n as number;

beforeAll(async () => {
  const { stack } = env;
  tokens.system = await stack.token('system', 'feed');
  tokens.admin = await stack.token('admin', 'admin-7');
  tokens.marketer = await stack.token('marketer', 'mkt-1');
  tokens.revealer = await stack.token('agent', 'agent-9', ['pii:reveal']);
  tokens.agent = await stack.token('agent', 'agent-1');
  for (let i = 0; i < 12; i++) {
    const phone = `1391234${String(i).padStart(4, '0')}`;
    const res = await gql(
      `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`,
      { i: { identity: { type: 'PHONE', value: phone }, channel: 'APP', profile: { name: `隐私${i}`, phone, email: `user${i}@example.com` } } },
      tokens.system,
    );
    ids.push(dataOf(res).resolveCustomer.customer.id);
  }
});

test('staff without the scope see masked phone, email and phone identities, and nothing is audited', async () => {
  const page = dataOf(await gql(PAGE, { first: 12 }, tokens.marketer)).customers.nodes;
  expect(page).toHaveLength(12);
  for (const c of page) {
    expect(c.phone).toMatch(/^139\*{4}\d{4}$/);
    expect(c.email).toMatch(/^u\*\*\*@example\.com$/);
    expect(c.identities).toEqual([{ type: 'PHONE', value: c.phone }]);
  }
  expect(await auditRows()).toBe(0);
});

test('staff with pii:reveal see PII unmasked; each (customer, field) is audited once per request, in one statement for the page', async () => {
  const { statements } = env.stack.subgraphs.customer;
  const inserts = () => statements.recent.filter((q) => q.includes('insert into customer.pii_reveals')).length;
  const before = { audit: await auditRows(), inserts: inserts() };
  const page = dataOf(await gql(PAGE, { first: 10 }, tokens.revealer)).customers.nodes;
  expect(page.every((c: any) => /^1391234\d{4}$/.test(c.phone) && c.identities[0].value === c.phone && c.email.startsWith('user'))).toBe(true);
  // phone (field and identity: one reveal) and email for 10 customers
  expect((await auditRows()) - before.audit).toBe(20);
  expect(inserts() - before.inserts).toBe(1);

  const audit = dataOf(await gql(REVEALS, { id: page[0].id }, tokens.admin)).piiReveals.nodes;
  expect(audit).toEqual(
    expect.arrayContaining([
      { field: 'PHONE', actorId: 'agent-9', actorRole: 'agent', at: expect.any(String) },
      { field: 'EMAIL', actorId: 'agent-9', actorRole: 'agent', at: expect.any(String) },
    ]),
  );
  expect(audit).toHaveLength(2);
});

test('admins see PII unmasked and are audited too; a customer reading themself is not', async () => {
  const id = ids[11];
  const before = await auditRows();
  const asAdmin = dataOf(await gql(`query($id: ID!) { customer(id: $id) { phone } }`, { id }, tokens.admin)).customer;
  expect(asAdmin.phone).toBe('13912340011');
  expect((await auditRows()) - before).toBe(1);
  const own = dataOf(await gql(`{ me { phone email } }`, {}, await env.stack.token('customer', id))).me;
  expect(own).toEqual({ phone: '13912340011', email: 'user11@example.com' });
  expect((await auditRows()) - before).toBe(1);
  const audit = dataOf(await gql(REVEALS, { id, first: 1 }, tokens.admin)).piiReveals;
  expect(audit.nodes).toEqual([{ field: 'PHONE', actorId: 'admin-7', actorRole: 'admin', at: expect.any(String) }]);
});

test('the audit is for admins only, paginated newest first; a bad id is NOT_FOUND', async () => {
  const id = ids[0];
  await gql(`query($id: ID!) { customer(id: $id) { phone email } }`, { id }, tokens.revealer);
  for (let i = 0; i < 2; i++) await gql(`query($id: ID!) { customer(id: $id) { email } }`, { id }, tokens.admin);
  const first = dataOf(await gql(REVEALS, { id, first: 2 }, tokens.admin)).piiReveals;
  expect(first.nodes.map((n: any) => `${n.actorId}:${n.field}`)).toEqual(['admin-7:EMAIL', 'admin-7:EMAIL']);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const rest = dataOf(await gql(REVEALS, { id, first: 10, after: first.pageInfo.endCursor }, tokens.admin)).piiReveals;
  expect(rest.nodes.map((n: any) => n.actorId).sort()).toEqual(['agent-9', 'agent-9']);
  expect(rest.pageInfo.hasNextPage).toBe(false);
  expect([first.totalCount, rest.totalCount]).toEqual([4, 4]); // the whole audit, whichever page
  expect(errorCodes(await gql(REVEALS, { id }, tokens.revealer))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await gql(REVEALS, { id }, tokens.agent))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await gql(REVEALS, { id: 'nope' }, tokens.admin))).toEqual(['NOT_FOUND']);
});
