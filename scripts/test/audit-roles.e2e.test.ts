import { Client } from 'pg';
import { appDatabaseUrl, asOwner, OWNER_ROLE, prepareSubgraphDatabase, sqlMigration, withClient } from '@member-graph/common/db';
import { appendOnlyTables, migrations } from '@member-graph/customer/src/migrations';
import { eventually, newCustomer, recordOrder, useTestStack } from '../stack';

/**
 * Issue 10 item 8, audit that cannot be rewritten: the subgraphs connect as the least-privilege app role
 * (not a superuser, no DDL); migrations ran as the owner; the app role may read and append to the audit
 * tables but every UPDATE, DELETE and TRUNCATE is refused (42501); merges and erasure, which must move
 * or redact audit rows, still work end to end through the gateway, through the owner's narrow functions.
 */
const h = useTestStack('auditroles', { subgraphs: ['customer', 'loyalty', 'service'] });
h.beforeStop(() => app?.end()); // before the file's database is dropped
const AUDIT: Record<string, string> = {
  'customer.pii_reveals': `actor_id = 'forged'`,
  'customer.erasures': `reason = 'forged'`,
  'customer.merges': `reason = 'forged'`,
  'customer.consent_history': `granted = not granted`,
  'loyalty.points_entries': `note = 'forged'`,
  'loyalty.programme_versions': `reason = 'forged'`,
  'service.ticket_history': `note = 'forged'`,
};

const MERGE = `mutation($s: ID!, $m: ID!) { mergeCustomers(input: { survivorId: $s, mergedId: $m, reason: "same person" }) { id } }`;
const GRANT = `mutation($id: ID!) { grantConsent(customerId: $id, channel: SMS, purpose: MARKETING, source: IMPORT) { id } }`;
const OPEN_TICKET = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;
const CHANGE_STATUS = `mutation($i: ChangeTicketStatusInput!) { changeTicketStatus(input: $i) { id } }`;
const ERASE = `mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { customerId formerIds } }`;

let app: Client;
const world = {} as { survivor: string; merged: string; ticketId: string };
/** The SQLSTATE a statement run as the app role fails with (or 'ok'). */
const asApp = (sql: string, params: unknown[] = []) =>
  app.query(sql, params).then(
    () => 'ok',
    (e: { code?: string }) => e.code,
  );
const count = async (sql: string, params: unknown[] = []) => Number((await withClient(h.url, (c) => c.query(sql, params))).rows[0].n);

beforeAll(async () => {
  app = new Client({ connectionString: await appDatabaseUrl(h.url) });
  await app.connect();
  const { ok, tokens, stack } = h;
  world.survivor = await newCustomer(h, { profile: { name: '留下的', phone: '13900139000' } });
  world.merged = await newCustomer(h, { profile: { name: '旧账号', phone: '13900139001' } });
  await ok(GRANT, { id: world.merged }, tokens.system); // consent history of the account that is merged away
  await recordOrder(h, world.merged, { amount: '120.00' }); // a points ledger line
  const revealer = await stack.token('agent', 'agent-7', ['pii:reveal']);
  await ok(`query($id: ID!) { customer(id: $id) { phone } }`, { id: world.survivor }, revealer); // a PII reveal
  const customerToken = await stack.token('customer', world.survivor);
  world.ticketId = (await ok(OPEN_TICKET, { i: { channel: 'APP', subject: '咨询', body: '请问发货时间？', type: 'CONSULTATION' } }, customerToken)).openTicket.id;
  await ok(CHANGE_STATUS, { i: { ticketId: world.ticketId, to: 'IN_PROGRESS', note: '留下的 13900139000 打来电话' } }, tokens.agent);
  await h.settle();
  await ok(MERGE, { s: world.survivor, m: world.merged }, tokens.admin);
  await h.settle();
});

test('the subgraphs run as the app role: not a superuser, no DDL, owner of nothing', async () => {
  const [row] = (await app.query(`select current_user as who, rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user`)).rows;
  expect(row).toEqual({ who: 'member_graph_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false });
  const [{ who }] = await h.stack.subgraphs.customer.dataSource.query(`select current_user as who`);
  expect(who).toBe('member_graph_app');
  expect(await asApp(`create table customer.sneaky (id int)`)).toBe('42501');
  expect(await asApp(`alter table loyalty.points_entries disable trigger points_entries_append_only`)).toBe('42501');
  expect(await asApp(`drop function customer.erase_consent_history(uuid)`)).toBe('42501');
  const owners = await withClient(h.url, (c) =>
    c.query(`select distinct pg_get_userbyid(relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname in ('bus', 'customer', 'loyalty', 'service', 'marketing') and relkind in ('r', 'S')`),
  );
  expect(owners.rows).toEqual([{ owner: OWNER_ROLE }]);
});

test('every audit table has rows, the app role reads them, and its UPDATE, DELETE and TRUNCATE are refused with 42501', async () => {
  for (const table of Object.keys(AUDIT).filter((t) => t !== 'customer.erasures')) { // erasures: written by the erasure test below
    expect([table, (await app.query(`select count(*)::int as n from ${table}`)).rows[0].n > 0]).toEqual([table, true]);
  }
  for (const [table, change] of Object.entries(AUDIT)) {
    expect([table, 'update', await asApp(`update ${table} set ${change}`)]).toEqual([table, 'update', '42501']);
    expect([table, 'delete', await asApp(`delete from ${table}`)]).toEqual([table, 'delete', '42501']);
    expect([table, 'truncate', await asApp(`truncate ${table}`)]).toEqual([table, 'truncate', '42501']);
  }
});

test('a merge moved the consent history and the ledger through the owner functions, which refuse anything but a merge', async () => {
  expect(await count(`select count(*) as n from customer.consent_history where customer_id = $1`, [world.survivor])).toBe(1);
  expect(await count(`select count(*) as n from customer.consent_history where customer_id = $1`, [world.merged])).toBe(0);
  expect(await count(`select count(*) as n from loyalty.points_entries where customer_id = $1`, [world.survivor])).toBeGreaterThan(0);
  expect(await count(`select count(*) as n from loyalty.points_entries where customer_id = $1`, [world.merged])).toBe(0);
  // the merged customer is no longer active: its history cannot be moved again, to anyone
  const outsider = await newCustomer(h);
  expect(await asApp(`select customer.move_consent_history($1, $2)`, [world.survivor, world.survivor])).toBe('22023');
  expect(await asApp(`select customer.move_consent_history($1, $2)`, [world.merged, outsider])).toBe('22023');
  expect(await asApp(`select loyalty.move_points_entries($1, $1)`, [world.survivor])).toBe('22023');
  // without an erasure record naming the customer, the erasure function deletes nothing
  expect((await app.query(`select customer.erase_consent_history($1) as n`, [world.survivor])).rows[0].n).toBe(0);
  expect(await count(`select count(*) as n from customer.consent_history where customer_id = $1`, [world.survivor])).toBe(1);
});

test('erasure still works end to end through the gateway: consent history deleted, ticket notes redacted, the record kept for good', async () => {
  const result = (await h.ok(ERASE, { id: world.survivor, reason: 'PIPL request 42' }, h.tokens.admin)).eraseCustomer;
  expect(result).toEqual({ customerId: world.survivor, formerIds: [world.merged] });
  await h.settle();
  expect(await count(`select count(*) as n from customer.consent_history where customer_id = any($1::uuid[])`, [[world.survivor, world.merged]])).toBe(0);
  await eventually(async () => (await count(`select count(*) as n from service.ticket_history where ticket_id = $1 and note = '[erased]'`, [world.ticketId])) > 0, 'ticket notes are redacted');
  expect(await count(`select count(*) as n from service.ticket_history where note like '%13900139000%'`)).toBe(0);
  expect(await count(`select count(*) as n from loyalty.points_entries where customer_id = $1 and reason_code = 'ERASURE'`, [world.survivor])).toBe(1);
  expect(await asApp(`update customer.erasures set reason = 'forged'`)).toBe('42501');
  expect(await asApp(`delete from customer.erasures`)).toBe('42501');
  expect(await count(`select count(*) as n from customer.erasures where customer_id = $1 and reason = 'PIPL request 42'`, [world.survivor])).toBe(1);
});

test('a table a later migration adds gets the app grants by default (as the owner creates it)', async () => {
  await withClient(asOwner(h.url), (c) => c.query(`create table customer.audit_roles_probe (id int primary key)`));
  expect(await asApp(`insert into customer.audit_roles_probe values (1)`)).toBe('ok');
  expect(await asApp(`update customer.audit_roles_probe set id = 2`)).toBe('ok');
  expect(await asApp(`delete from customer.audit_roles_probe`)).toBe('ok');
  expect(await asApp(`drop table customer.audit_roles_probe`)).toBe('42501');
});

test('a subgraph given only the app role\'s URL migrates nothing: it starts when migrated, and refuses to while a migration is pending', async () => {
  const appUrl = await appDatabaseUrl(h.url);
  const db = { url: appUrl, schema: 'customer', migrations, appendOnly: appendOnlyTables };
  await expect(prepareSubgraphDatabase(db)).resolves.toBe(appUrl);
  const later = sqlMigration('LaterProbe', 1999999999999, [`create table customer.later_probe (id int)`]);
  await expect(prepareSubgraphDatabase({ ...db, migrations: [...migrations, later] })).rejects.toThrow(/1 pending migration.*LaterProbe1999999999999.*migrate job/s);
  // given a superuser's URL it migrates as the owner and still hands back the app role's URL
  await expect(prepareSubgraphDatabase({ ...db, url: h.url, migrations: [...migrations, later] })).resolves.toBe(appUrl);
  expect(await count(`select count(*) as n from pg_tables where schemaname = 'customer' and tablename = 'later_probe' and tableowner = $1`, [OWNER_ROLE])).toBe(1);
});
