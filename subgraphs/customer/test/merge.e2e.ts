import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { startTestStack, type Stack, type TestStack } from '../../../scripts/stack';
import { MergeCustomersDocument, ResolveCustomerDocument } from '../../../gateway/test/__generated__/operations';

let t: TestStack;
let stack: Stack;
let system: string;
let admin: string;

beforeAll(async () => {
  t = await startTestStack('merge', { subgraphs: ['customer'] });
  stack = t.stack;
  system = await stack.token('system', 'feed');
  admin = await stack.token('admin', 'admin-7');
});
afterAll(async () => {
  await t?.stop();
});

async function customer(value: string, profile: Record<string, string | null> = {}) {
  const input = {
    identity: { type: 'APP_USER_ID' as const, value, appId: null },
    channel: 'APP' as const,
    referralCode: null,
    profile: { name: null, phone: null, birthday: null, email: null, gender: null, region: null, ...profile },
  };
  return dataOf(await graphql(stack.gateway.url, ResolveCustomerDocument, { input }, { token: system })).resolveCustomer.customer.id;
}

const merge = (survivorId: string, mergedId: string, token = admin) =>
  graphql(stack.gateway.url, MergeCustomersDocument, { input: { survivorId, mergedId, reason: 'same person, two apps' } }, { token });

test('merging moves identities to the survivor, fills its empty profile, audits and emits customer.merged', async () => {
  const survivor = await customer('m-survivor', { name: '张伟' });
  const merged = await customer('m-merged', { phone: '13344445555' });
  const result = dataOf(await merge(survivor, merged));
  expect(result.mergeCustomers.id).toBe(survivor);
  expect(result.mergeCustomers.name).toBe('张伟');
  expect(result.mergeCustomers.phone).toBe('13344445555'); // admin sees it unmasked; it came from the merged customer
  expect(result.mergeCustomers.identities.map((i) => i.value).sort()).toEqual(['m-merged', 'm-survivor']);

  const ds = stack.subgraphs.customer.dataSource;
  const [audit] = await ds.query(`select survivor_id, merged_id, actor_id, actor_role, reason, moved from customer.merges where merged_id = $1`, [merged]);
  expect(audit).toEqual(
    expect.objectContaining({ survivor_id: survivor, merged_id: merged, actor_id: 'admin-7', actor_role: 'admin', reason: 'same person, two apps' }),
  );
  expect(audit.moved.identities).toBe(1);
  await stack.settle();
  const events = await ds.query(`select payload from bus.events where type = 'customer.merged' and aggregate_id = $1`, [survivor]);
  expect(events).toEqual([{ payload: { survivorId: survivor, mergedId: merged } }]);
});

test('the merged id and its identities now answer the survivor', async () => {
  const survivor = await customer('r-survivor');
  const merged = await customer('r-merged');
  dataOf(await merge(survivor, merged));
  const byOldId = dataOf(await graphql(stack.gateway.url, `query($id: ID!) { customer(id: $id) { id } }`, { id: merged }, { token: admin }));
  expect(byOldId.customer.id).toBe(survivor);
  expect(await customer('r-merged')).toBe(survivor); // resolving the moved identity gives the survivor
  const oldToken = await stack.token('customer', merged);
  expect(dataOf(await graphql(stack.gateway.url, `{ me { id } }`, {}, { token: oldToken })).me.id).toBe(survivor);
});

test('only admins and integrations merge; a customer cannot merge into itself or into a merged customer', async () => {
  const a = await customer('x-a');
  const b = await customer('x-b');
  expect(errorCodes(await merge(a, b, await stack.token('agent', 'ag')))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await merge(a, b, await stack.token('customer', a)))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await merge(a, a))).toEqual(['BAD_USER_INPUT']);
  dataOf(await merge(a, b));
  expect(errorCodes(await merge(a, b))).toEqual(['NOT_FOUND']);
  const [{ n }] = await stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from customer.merges where merged_id = $1`, [b]);
  expect(n).toBe(1);
});

test('an id that is not a UUID is simply not found', async () => {
  const res = await graphql(stack.gateway.url, `{ customer(id: "not-a-uuid") { id } }`, {}, { token: admin });
  expect(errorCodes(res)).toEqual(['NOT_FOUND']);
});

test("the survivor's lifecycle stage follows the orders it took over", async () => {
  const survivor = await customer('m-life-survivor');
  const merged = await customer('m-life-merged');
  dataOf(await graphql(stack.gateway.url, `mutation($o: RecordOrderInput!) { recordOrder(input: $o) { id } }`, {
    o: { externalNo: 'M-LIFE-1', customerId: merged, channel: 'APP', paidAt: new Date().toISOString(), lines: [{ sku: 'S', category: null, quantity: 1, amount: '10.00' }] },
  }, { token: system }));
  await stack.settle();
  const stage = async (id: string) => dataOf(await graphql(stack.gateway.url, `query($id: ID!) { customer(id: $id) { lifecycleStage } }`, { id }, { token: admin })).customer.lifecycleStage;
  expect([await stage(survivor), await stage(merged)]).toEqual(['POTENTIAL', 'NEW']);
  dataOf(await merge(survivor, merged));
  await stack.settle();
  expect(await stage(survivor)).toBe('NEW');
});
