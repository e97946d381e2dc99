import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { startTestStack, type Stack, type TestStack } from '../../../scripts/stack';

let t: TestStack;
let stack: Stack;
let system: string;
let admin: string;

beforeAll(async () => {
  t = await startTestStack('identity', { subgraphs: ['customer'] });
  stack = t.stack;
  system = await stack.token('system', 'order-feed');
  admin = await stack.token('admin', 'admin-1');
});
afterAll(async () => {
  await t?.stop();
});

const RESOLVE = /* GraphQL */ `
  mutation Resolve($input: ResolveCustomerInput!) {
    resolveCustomer(input: $input) { created customer { id name phone identities { type appId value } } }
  }
`;

const resolve = (identity: Record<string, unknown>, profile: Record<string, unknown> | null = null, token = system) =>
  graphql(stack.gateway.url, RESOLVE, { input: { identity, channel: 'MINI_PROGRAM', profile } }, { token });

test('the same identity always gives the same customer, even when 20 requests race', async () => {
  const identity = { type: 'WECHAT_MINI_OPENID', appId: 'wx123', value: 'openid-race' };
  const answers = await Promise.all(Array.from({ length: 20 }, () => resolve(identity, { name: '小王' })));
  const ids = new Set(answers.map((a) => dataOf(a).resolveCustomer.customer.id));
  expect(ids.size).toBe(1);
  expect(answers.filter((a) => dataOf(a).resolveCustomer.created)).toHaveLength(1);
  const [{ n }] = await stack.subgraphs.customer.dataSource.query(
    `select count(*)::int as n from customer.identities where value = 'openid-race'`,
  );
  expect(n).toBe(1);
});

test('openids are per appid: the same openid under another appid is another customer', async () => {
  const a = dataOf(await resolve({ type: 'WECHAT_MINI_OPENID', appId: 'wxA', value: 'same-openid' }));
  const b = dataOf(await resolve({ type: 'WECHAT_MINI_OPENID', appId: 'wxB', value: 'same-openid' }));
  expect(a.resolveCustomer.customer.id).not.toBe(b.resolveCustomer.customer.id);
  const noApp = await resolve({ type: 'WECHAT_MINI_OPENID', value: 'no-app' });
  expect(errorCodes(noApp)).toEqual(['BAD_USER_INPUT']);
  expect(noApp.errors?.[0].message).toBe('WECHAT_MINI_OPENID needs appId: the WeChat appid it belongs to');
  const noSource = await resolve({ type: 'IMPORT_ID', value: '00042' });
  expect(noSource.errors?.[0].message).toBe('IMPORT_ID needs appId: the source system it was imported from');
});

test('linking an identity held by another customer is a clear error that changes nothing', async () => {
  const a = dataOf(await resolve({ type: 'APP_USER_ID', value: 'app-a' })).resolveCustomer.customer.id;
  const b = dataOf(await resolve({ type: 'APP_USER_ID', value: 'app-b' })).resolveCustomer.customer.id;
  const LINK = `mutation($id: ID!, $i: IdentityInput!) { linkIdentity(customerId: $id, identity: $i) { id identities { type value } } }`;
  const linked = await graphql(stack.gateway.url, LINK, { id: a, i: { type: 'DOUYIN_ID', value: 'dy-1' } }, { token: admin });
  expect(dataOf(linked).linkIdentity.identities.map((i: { type: string }) => i.type)).toEqual(['APP_USER_ID', 'DOUYIN_ID']);
  const again = await graphql(stack.gateway.url, LINK, { id: a, i: { type: 'DOUYIN_ID', value: 'dy-1' } }, { token: admin });
  expect(dataOf(again).linkIdentity.identities).toHaveLength(2);
  const taken = await graphql(stack.gateway.url, LINK, { id: b, i: { type: 'DOUYIN_ID', value: 'dy-1' } }, { token: admin });
  expect(errorCodes(taken)).toEqual(['IDENTITY_TAKEN']);
  const [{ n }] = await stack.subgraphs.customer.dataSource.query(
    `select count(*)::int as n from customer.identities where customer_id = $1`,
    [b],
  );
  expect(n).toBe(1);
});

test('phones are validated, normalised and masked for everyone but the customer and admins', async () => {
  const bad = await resolve({ type: 'PHONE', value: '12345' });
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  const created = dataOf(await resolve({ type: 'PHONE', value: '+86 138 1234 5678' }, { name: '李雷' })).resolveCustomer.customer;
  expect(created.phone).toBe('138****5678'); // system role sees it masked
  expect(created.identities).toEqual([{ type: 'PHONE', appId: null, value: '138****5678' }]);
  const Q = `query($id: ID!) { customer(id: $id) { phone identities { value } } }`;
  const byAdmin = dataOf(await graphql(stack.gateway.url, Q, { id: created.id }, { token: admin }));
  expect(byAdmin.customer.phone).toBe('13812345678');
  const marketer = await stack.token('marketer', 'm-1');
  expect(dataOf(await graphql(stack.gateway.url, Q, { id: created.id }, { token: marketer })).customer.phone).toBe('138****5678');
  const self = await stack.token('customer', created.id);
  const me = dataOf(await graphql(stack.gateway.url, `{ me { id phone } }`, {}, { token: self }));
  expect(me.me).toEqual({ id: created.id, phone: '13812345678' });
});

test('a customer reaching another customer gets NOT_FOUND; no token gets UNAUTHENTICATED; a forged actor header is ignored', async () => {
  const a = dataOf(await resolve({ type: 'APP_USER_ID', value: 'probe-a' })).resolveCustomer.customer.id;
  const b = dataOf(await resolve({ type: 'APP_USER_ID', value: 'probe-b' })).resolveCustomer.customer.id;
  const tokenA = await stack.token('customer', a);
  const Q = `query($id: ID!) { customer(id: $id) { id } }`;
  expect(errorCodes(await graphql(stack.gateway.url, Q, { id: b }, { token: tokenA }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await graphql(stack.gateway.url, Q, { id: b }))).toEqual(['UNAUTHENTICATED']);
  const forged = Buffer.from(JSON.stringify({ id: 'x', role: 'admin', scopes: [] })).toString('base64url');
  const withForgery = await graphql(stack.gateway.url, Q, { id: b }, { headers: { 'x-member-graph-actor': forged } });
  expect(errorCodes(withForgery)).toEqual(['UNAUTHENTICATED']);
  const badToken = await graphql(stack.gateway.url, Q, { id: b }, { token: 'not-a-jwt' });
  expect(badToken.status).toBe(401);
  expect(errorCodes(badToken)).toEqual(['UNAUTHENTICATED']);
});

test('registering a customer writes customer.registered to the bus', async () => {
  const id = dataOf(await resolve({ type: 'APP_USER_ID', value: 'evented' })).resolveCustomer.customer.id;
  await stack.settle();
  const rows = await stack.subgraphs.customer.dataSource.query(
    `select type, payload from bus.events where aggregate_id = $1`,
    [id],
  );
  expect(rows).toEqual([{ type: 'customer.registered', payload: expect.objectContaining({ customerId: id, channel: 'MINI_PROGRAM' }) }]);
});

test('a phone login finds the customer whose profile already has that phone, links it, and creates no duplicate', async () => {
  const first = dataOf(await resolve({ type: 'APP_USER_ID', value: 'app-phone-owner' }, { name: '老客', phone: '13811112222' }));
  const byPhone = dataOf(await resolve({ type: 'PHONE', value: '+86 138 1111 2222' }));
  expect(byPhone.resolveCustomer.created).toBe(false);
  expect(byPhone.resolveCustomer.customer.id).toBe(first.resolveCustomer.customer.id);
  expect(byPhone.resolveCustomer.customer.identities.map((i: { type: string }) => i.type).sort()).toEqual(['APP_USER_ID', 'PHONE']);
  const [{ n }] = await stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from customer.customers where phone = '13811112222'`);
  expect(n).toBe(1);
});

describe('one login, several identities (a WeChat login returns an openid and its unionid together)', () => {
  const login = (identity: Record<string, unknown>, alsoIdentities: Record<string, unknown>[]) =>
    graphql(stack.gateway.url, RESOLVE, { input: { identity, alsoIdentities, channel: 'MINI_PROGRAM', profile: { name: '多身份' } } }, { token: system });
  const types = (c: { identities: { type: string; appId: string | null; value: string }[] }) => c.identities.map((i) => `${i.type}:${i.appId ?? ''}:${i.value}`).sort();

  test('registers with every identity, finds the customer by any of them later and links what it lacks; racing logins make one customer', async () => {
    const unionid = { type: 'WECHAT_UNIONID', value: 'union-multi' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => login({ type: 'WECHAT_MINI_OPENID', appId: 'wxA', value: 'open-a' }, [unionid])));
    const first = dataOf(answers[0]).resolveCustomer.customer;
    expect(new Set(answers.map((a) => dataOf(a).resolveCustomer.customer.id))).toEqual(new Set([first.id]));
    expect(answers.filter((a) => dataOf(a).resolveCustomer.created)).toHaveLength(1);
    expect(types(first)).toEqual(['WECHAT_MINI_OPENID:wxA:open-a', 'WECHAT_UNIONID::union-multi']);

    // the same person in another mini-program: a new openid, the same unionid
    const other = dataOf(await login({ type: 'WECHAT_MINI_OPENID', appId: 'wxB', value: 'open-b' }, [unionid])).resolveCustomer;
    expect(other).toMatchObject({ created: false, customer: { id: first.id } });
    expect(types(other.customer)).toEqual(['WECHAT_MINI_OPENID:wxA:open-a', 'WECHAT_MINI_OPENID:wxB:open-b', 'WECHAT_UNIONID::union-multi']);
    const [{ n }] = await stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from customer.outbox where type = 'customer.profile_updated' and aggregate_id = $1`, [first.id]);
    expect(n).toBe(0); // an openid is not a fingerprint: nothing to announce
  });

  test('identities already held by two customers are IDENTITIES_OF_DIFFERENT_CUSTOMERS and nothing is linked; more than 4 extra identities are BAD_USER_INPUT', async () => {
    const a = dataOf(await resolve({ type: 'WECHAT_MINI_OPENID', appId: 'wxC', value: 'open-c' })).resolveCustomer.customer.id;
    const b = dataOf(await resolve({ type: 'WECHAT_UNIONID', value: 'union-c' })).resolveCustomer.customer.id;
    expect(a).not.toBe(b);
    const clash = await login({ type: 'WECHAT_MINI_OPENID', appId: 'wxC', value: 'open-c' }, [{ type: 'WECHAT_UNIONID', value: 'union-c' }, { type: 'APP_USER_ID', value: 'app-c' }]);
    expect(errorCodes(clash)).toEqual(['IDENTITIES_OF_DIFFERENT_CUSTOMERS']);
    const [{ n }] = await stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from customer.identities where value = 'app-c'`);
    expect(n).toBe(0);
    const many = Array.from({ length: 5 }, (_, i) => ({ type: 'APP_USER_ID', value: `many-${i}` }));
    expect(errorCodes(await login({ type: 'APP_USER_ID', value: 'many' }, many))).toEqual(['BAD_USER_INPUT']);
  });
});

test('an admin unlinks a wrongly linked identity with a reason: audited without the identifier, fingerprints announced; the last identity stays', async () => {
  const UNLINK = `mutation($id: ID!, $i: IdentityInput!, $why: String!) { unlinkIdentity(customerId: $id, identity: $i, reason: $why) { id identities { type value } } }`;
  const id = dataOf(await resolve({ type: 'APP_USER_ID', value: 'unlink-me' })).resolveCustomer.customer.id;
  const phone = { type: 'PHONE', value: '13900139077' };
  dataOf(await graphql(stack.gateway.url, `mutation($id: ID!, $i: IdentityInput!) { linkIdentity(customerId: $id, identity: $i) { id } }`, { id, i: phone }, { token: system }));
  const agent = await stack.token('agent', 'agent-1');
  expect(errorCodes(await graphql(stack.gateway.url, UNLINK, { id, i: phone, why: '录入错误' }, { token: agent }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await graphql(stack.gateway.url, UNLINK, { id, i: phone, why: 'x' }, { token: admin }))).toEqual(['BAD_USER_INPUT']);
  const after = dataOf(await graphql(stack.gateway.url, UNLINK, { id, i: phone, why: '手机号绑错了人' }, { token: admin })).unlinkIdentity;
  expect(after.identities).toEqual([{ type: 'APP_USER_ID', value: 'unlink-me' }]);
  const db = stack.subgraphs.customer.dataSource;
  const audit = await db.query(`select type, app_id, reason, actor_id, actor_role from customer.identity_unlinks where customer_id = $1`, [id]);
  expect(audit).toEqual([{ type: 'PHONE', app_id: '', reason: '手机号绑错了人', actor_id: 'admin-1', actor_role: 'admin' }]);
  expect(JSON.stringify(audit)).not.toContain('13900139077');
  const announced = await db.query(`select payload from customer.outbox where type = 'customer.profile_updated' and aggregate_id = $1 order by id`, [id]);
  expect(announced.map((r: { payload: { fingerprints: string[] } }) => r.payload.fingerprints.length)).toEqual([1, 0]); // linked, then unlinked
  expect(errorCodes(await graphql(stack.gateway.url, UNLINK, { id, i: phone, why: '再来一次' }, { token: admin }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await graphql(stack.gateway.url, UNLINK, { id, i: { type: 'APP_USER_ID', value: 'unlink-me' }, why: '最后一个' }, { token: admin }))).toEqual(['LAST_IDENTITY']);
});
