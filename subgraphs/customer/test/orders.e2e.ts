import { ManualClock } from '@member-graph/common/time';
import { dataOf, errorCodes, graphql } from '@member-graph/common/testing';
import { useTestStack, type Stack } from '../../../scripts/stack';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
const env = useTestStack('orders', { clock, subgraphs: ['customer'] });
let stack: Stack;
let system: string;
let admin: string;
let agent: string;
let marketer: string;

beforeAll(async () => {
  stack = env.stack;
  [system, admin, agent, marketer] = await Promise.all([
    stack.token('system', 'order-feed'),
    stack.token('admin', 'admin-1'),
    stack.token('agent', 'agent-1'),
    stack.token('marketer', 'marketer-1'),
  ]);
});

const ORDER_FIELDS = `id externalNo channel storeId paidAt amount refundedAmount status lines { sku category quantity amount } refunds { externalRefundNo amount reason }`;
const RECORD = `mutation($input: RecordOrderInput!) { recordOrder(input: $input) { ${ORDER_FIELDS} } }`;
const REFUND = `mutation($input: RefundOrderInput!) { refundOrder(input: $input) { id externalRefundNo amount reason order { id status amount refundedAmount } } }`;
const ORDERS_PAGE = `query($id: ID!, $first: Int, $after: String) {
  customer(id: $id) { orders(first: $first, after: $after) { totalCount edges { cursor node { externalNo } } nodes { externalNo } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`;

const sql = (text: string, params: unknown[] = []) => stack.subgraphs.customer.dataSource.query(text, params);
const call = (query: string, variables: Record<string, unknown>, token?: string) => graphql(stack.gateway.url, query, variables, { token });
const record = (input: Record<string, unknown>, token = system) => call(RECORD, { input }, token);
const refund = (input: Record<string, unknown>, token = system) => call(REFUND, { input }, token);

let seq = 0;
async function newCustomer(): Promise<string> {
  const res = await call(
    `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`,
    { i: { identity: { type: 'APP_USER_ID', value: `orders-${++seq}` }, channel: 'APP' } },
    system,
  );
  return dataOf(res).resolveCustomer.customer.id;
}

const orderInput = (customerId: string, externalNo: string, extra: Record<string, unknown> = {}) => ({
  externalNo,
  customerId,
  channel: 'MINI_PROGRAM',
  paidAt: '2026-01-14T10:00:00.000Z',
  lines: [
    { sku: 'SKU-1', category: 'baby', quantity: 2, amount: '59.90' },
    { sku: 'SKU-2', quantity: 1, amount: '40.10' },
  ],
  ...extra,
});

const count = async (table: string, where = 'true', params: unknown[] = []) =>
  (await sql(`select count(*)::int as n from customer.${table} where ${where}`, params))[0].n as number;

test('recordOrder stores the order with its lines; the amount is the sum; the customer was active at paidAt', async () => {
  const customerId = await newCustomer();
  const order = dataOf(await record(orderInput(customerId, 'MP-1'))).recordOrder;
  expect(order).toEqual({
    id: expect.any(String),
    externalNo: 'MP-1',
    channel: 'MINI_PROGRAM',
    storeId: null,
    paidAt: '2026-01-14T10:00:00.000Z',
    amount: '100.00',
    refundedAmount: '0.00',
    status: 'PAID',
    lines: [
      { sku: 'SKU-1', category: 'baby', quantity: 2, amount: '59.90' },
      { sku: 'SKU-2', category: null, quantity: 1, amount: '40.10' },
    ],
    refunds: [],
  });
  const store = dataOf(await record(orderInput(customerId, 'ST-1', { channel: 'STORE', storeId: 'SH-001', paidAt: '2026-01-13T10:00:00Z' }))).recordOrder;
  expect(store).toMatchObject({ channel: 'STORE', storeId: 'SH-001' });
  const me = dataOf(await call(`query($id: ID!) { customer(id: $id) { lastActiveAt } }`, { id: customerId }, admin));
  expect(me.customer.lastActiveAt).toBe('2026-01-14T10:00:00.000Z'); // an older order does not move it back
});

test('the same externalNo with the same payload returns the first order, even when 8 requests race, and writes one event', async () => {
  const customerId = await newCustomer();
  const input = orderInput(customerId, 'MP-REPLAY');
  const answers = await Promise.all(Array.from({ length: 8 }, () => record(input)));
  const ids = new Set(answers.map((a) => dataOf(a).recordOrder.id));
  expect(ids.size).toBe(1);
  const again = dataOf(await record(input, admin)).recordOrder;
  expect(again).toEqual(dataOf(answers[0]).recordOrder);
  expect(await count('orders', `external_no = 'MP-REPLAY'`)).toBe(1);
  expect(await count('order_lines', `order_id = $1`, [again.id])).toBe(2);
  expect(await count('outbox', `type = 'order.recorded' and aggregate_id = $1`, [again.id])).toBe(1);
});

test('the same externalNo with another payload is ORDER_CONFLICT and changes nothing', async () => {
  const customerId = await newCustomer();
  const someoneElse = await newCustomer();
  const first = dataOf(await record(orderInput(customerId, 'MP-CONFLICT'))).recordOrder;
  const before = await count('outbox');
  const changed = orderInput(customerId, 'MP-CONFLICT', { lines: [{ sku: 'SKU-1', quantity: 2, amount: '59.91' }] });
  expect(errorCodes(await record(changed))).toEqual(['ORDER_CONFLICT']);
  expect(errorCodes(await record(orderInput(someoneElse, 'MP-CONFLICT')))).toEqual(['ORDER_CONFLICT']);
  expect(await sql(`select amount_cents from customer.orders where external_no = 'MP-CONFLICT'`)).toEqual([{ amount_cents: 10000 }]);
  expect(await count('order_lines', `order_id = $1`, [first.id])).toBe(2);
  expect(await count('outbox')).toBe(before);
});

test('invalid orders are BAD_USER_INPUT (NOT_FOUND for an unknown customer) and record nothing', async () => {
  const customerId = await newCustomer();
  const before = { orders: await count('orders'), events: await count('outbox') };
  // Malformed scalars (Money "1.001", DateTimeISO "yesterday") are refused by the subgraph's variable
  // coercion, which the gateway currently relays as INTERNAL_SERVER_ERROR (see the gateway), so they are not listed here.
  const bad: [Record<string, unknown>, string][] = [
    [{ lines: [] }, 'BAD_USER_INPUT'],
    [{ lines: Array.from({ length: 201 }, () => ({ sku: 'A', quantity: 1, amount: '1.00' })) }, 'BAD_USER_INPUT'],
    [{ lines: [{ sku: 'A', quantity: 0, amount: '1.00' }] }, 'BAD_USER_INPUT'],
    [{ lines: [{ sku: 'A', quantity: 1, amount: '-1.00' }] }, 'BAD_USER_INPUT'],
    [{ lines: [{ sku: ' ', quantity: 1, amount: '1.00' }] }, 'BAD_USER_INPUT'],
    [{ channel: 'STORE' }, 'BAD_USER_INPUT'],
    [{ channel: 'TELEPATHY' }, 'BAD_USER_INPUT'],
    [{ paidAt: '2026-01-15T02:06:00.000Z' }, 'BAD_USER_INPUT'], // 6 minutes after the clock
    [{ externalNo: '   ' }, 'BAD_USER_INPUT'],
    [{ customerId: 'not-a-uuid' }, 'BAD_USER_INPUT'],
    [{ customerId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
  ];
  for (const [change, code] of bad) {
    expect([change, errorCodes(await record(orderInput(customerId, `BAD-${Math.random()}`, change)))]).toEqual([change, [code]]);
  }
  expect(dataOf(await record(orderInput(customerId, 'SKEW-OK', { paidAt: '2026-01-15T02:04:00.000Z' }))).recordOrder.status).toBe('PAID');
  expect({ orders: await count('orders'), events: await count('outbox') }).toEqual({ orders: before.orders + 1, events: before.events + 1 });
});

test('only integrations and admins record orders; agents, admins and integrations refund; others are refused', async () => {
  const customerId = await newCustomer();
  const own = await stack.token('customer', customerId);
  for (const token of [own, marketer, agent]) expect(errorCodes(await record(orderInput(customerId, 'ROLE-1'), token))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await call(RECORD, { input: orderInput(customerId, 'ROLE-1') }))).toEqual(['UNAUTHENTICATED']);
  expect(dataOf(await record(orderInput(customerId, 'ROLE-1'), admin)).recordOrder.externalNo).toBe('ROLE-1');
  for (const token of [own, marketer]) {
    expect(errorCodes(await refund({ externalNo: 'ROLE-1', externalRefundNo: 'ROLE-R1', amount: '1.00' }, token))).toEqual(['FORBIDDEN']);
  }
  for (const [i, token] of [agent, admin, system].entries()) {
    expect(dataOf(await refund({ externalNo: 'ROLE-1', externalRefundNo: `ROLE-R${i + 2}`, amount: '1.00' }, token)).refundOrder.amount).toBe('1.00');
  }
  expect(await sql(`select refunded_cents from customer.orders where external_no = 'ROLE-1'`)).toEqual([{ refunded_cents: 300 }]);
});

test('partial, then full refund; replays return the first refund; over the remainder and conflicting replays are refused', async () => {
  const customerId = await newCustomer();
  const order = dataOf(await record(orderInput(customerId, 'RF-1'))).recordOrder;
  const partial = dataOf(await refund({ orderId: order.id, externalRefundNo: 'RF-1-A', amount: '30.00', reason: '破损' })).refundOrder;
  expect(partial).toMatchObject({ externalRefundNo: 'RF-1-A', amount: '30.00', reason: '破损', order: { status: 'PARTIALLY_REFUNDED', refundedAmount: '30.00' } });
  const replay = dataOf(await refund({ orderId: order.id, externalRefundNo: 'RF-1-A', amount: '30.00', reason: '破损' })).refundOrder;
  expect(replay.id).toBe(partial.id);
  clock.advance(60_000);
  expect(errorCodes(await refund({ orderId: order.id, externalRefundNo: 'RF-1-A', amount: '31.00', reason: '破损' }))).toEqual(['REFUND_CONFLICT']);
  const over = await refund({ externalNo: 'RF-1', externalRefundNo: 'RF-1-B', amount: '70.01' });
  expect(errorCodes(over)).toEqual(['REFUND_EXCEEDS_ORDER']);
  expect(over.errors?.[0].extensions?.details).toEqual({ remaining: '70.00' });
  expect(errorCodes(await refund({ externalNo: 'RF-1', externalRefundNo: 'RF-1-Z', amount: '0' }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await refund({ orderId: order.id, externalNo: 'RF-1', externalRefundNo: 'RF-1-Z' }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await refund({ externalNo: 'NO-SUCH-ORDER', externalRefundNo: 'RF-1-Z' }))).toEqual(['NOT_FOUND']);
  const rest = dataOf(await refund({ externalNo: 'RF-1', externalRefundNo: 'RF-1-C' })).refundOrder;
  expect(rest).toMatchObject({ amount: '70.00', order: { status: 'REFUNDED', refundedAmount: '100.00' } });
  expect(errorCodes(await refund({ externalNo: 'RF-1', externalRefundNo: 'RF-1-D' }))).toEqual(['REFUND_EXCEEDS_ORDER']);
  const q = dataOf(await call(`query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id: order.id }, agent)).order;
  expect(q.refunds).toEqual([
    { externalRefundNo: 'RF-1-A', amount: '30.00', reason: '破损' },
    { externalRefundNo: 'RF-1-C', amount: '70.00', reason: null },
  ]);
  expect(await count('refunds', 'order_id = $1', [order.id])).toBe(2);
  expect(await count('outbox', `type = 'order.refunded' and aggregate_id = $1`, [order.id])).toBe(2);
});

test('concurrent refunds never exceed the order', async () => {
  const customerId = await newCustomer();
  const order = dataOf(await record(orderInput(customerId, 'RF-RACE'))).recordOrder;
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) => refund({ orderId: order.id, externalRefundNo: `RF-RACE-${i}`, amount: '30.00' }, i % 2 ? agent : system)),
  );
  const codes = answers.map((a) => (a.errors ? a.errors[0].extensions?.code : 'OK')).sort();
  expect(codes).toEqual([...Array(3).fill('OK'), ...Array(7).fill('REFUND_EXCEEDS_ORDER')]);
  const [row] = await sql(`select refunded_cents, status, (select sum(amount_cents)::int from customer.refunds where order_id = $1) as refunds from customer.orders where id = $1`, [order.id]);
  expect(row).toEqual({ refunded_cents: 9000, status: 'PARTIALLY_REFUNDED', refunds: 9000 });
});

test('Customer.orders pages newest paid first with cursors; a customer sees only their own orders', async () => {
  const customerId = await newCustomer();
  const days = ['2026-01-10', '2026-01-12', '2026-01-11', '2026-01-12', '2026-01-09'];
  for (const [i, day] of days.entries()) await record(orderInput(customerId, `PG-${i}`, { paidAt: `${day}T08:00:00.000Z` }));
  const own = await stack.token('customer', customerId);
  const page = async (after: string | null, token = own) => dataOf(await call(ORDERS_PAGE, { id: customerId, first: 2, after }, token)).customer.orders;

  const p1 = await page(null);
  expect(p1.totalCount).toBe(5);
  expect(p1.nodes.map((n: { externalNo: string }) => n.externalNo).sort()).toEqual(['PG-1', 'PG-3']); // same paidAt: ordered by id
  expect(p1.edges.map((e: { node: unknown }) => e.node)).toEqual(p1.nodes);
  expect(p1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: p1.edges[0].cursor, endCursor: p1.edges[1].cursor });
  const p2 = await page(p1.pageInfo.endCursor);
  expect(p2.nodes).toEqual([{ externalNo: 'PG-2' }, { externalNo: 'PG-0' }]);
  expect(p2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  const p3 = await page(p2.pageInfo.endCursor, admin);
  expect(p3).toMatchObject({ nodes: [{ externalNo: 'PG-4' }], pageInfo: { hasNextPage: false }, totalCount: 5 });
  expect(dataOf(await call(`{ me { orders { totalCount } } }`, {}, own)).me.orders.totalCount).toBe(5);

  expect(errorCodes(await call(ORDERS_PAGE, { id: customerId, first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await call(ORDERS_PAGE, { id: customerId, after: 'garbage' }, admin))).toEqual(['BAD_USER_INPUT']);
  const other = await stack.token('customer', await newCustomer());
  expect(errorCodes(await call(ORDERS_PAGE, { id: customerId }, other))).toEqual(['NOT_FOUND']);
  const orderId = (await sql(`select id from customer.orders where external_no = 'PG-0'`))[0].id;
  expect(errorCodes(await call(`query($id: ID!) { order(id: $id) { id } }`, { id: orderId }, other))).toEqual(['NOT_FOUND']);
  expect(dataOf(await call(`query($id: ID!) { order(id: $id) { id customer { id } } }`, { id: orderId }, own)).order.customer.id).toBe(customerId);
});

test('orders, lines, refunds and totals of many customers take the same number of SQL statements for 2 and for 6 customers', async () => {
  const ids: string[] = [];
  for (let c = 0; c < 6; c++) {
    const id = await newCustomer();
    ids.push(id);
    for (let o = 0; o < 3; o++) await record(orderInput(id, `NQ-${c}-${o}`, { paidAt: `2026-01-0${o + 1}T08:00:00.000Z` }));
    await refund({ externalNo: `NQ-${c}-0`, externalRefundNo: `NQ-${c}-R`, amount: '1.00' });
  }
  const statementsFor = async (customerIds: string[], after: string | null) => {
    const fields = customerIds.map((_, i) => `c${i}: customer(id: $id${i}) { orders(first: 2, after: $after) { totalCount nodes { lines { sku } refunds { amount order { id } } } } }`);
    const query = `query(${customerIds.map((_, i) => `$id${i}: ID!`).join(', ')}, $after: String) { ${fields.join(' ')} }`;
    const vars = Object.fromEntries([...customerIds.map((id, i) => [`id${i}`, id]), ['after', after]]);
    const counter = stack.subgraphs.customer.statements;
    const before = counter.count;
    const data = dataOf(await call(query, vars, admin));
    expect(Object.values(data).every((c: any) => c.orders.totalCount === 3 && c.orders.nodes.length === 2)).toBe(true);
    return counter.count - before;
  };
  const two = await statementsFor(ids.slice(0, 2), null);
  const six = await statementsFor(ids, null);
  expect(six).toBe(two);
  expect(six).toBeLessThanOrEqual(6); // customers, orders page, totals, lines, refunds, refunded orders
});

test('a new order is one SQL statement (order, lines, last activity and order.recorded together); a replay adds the read of the stored order', async () => {
  const customerId = await newCustomer();
  const counter = stack.subgraphs.customer.statements;
  const statementsOf = async (input: Record<string, unknown>) => {
    const before = counter.count;
    const r = await call(`mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id } }`, { input }, system);
    return { statements: counter.count - before, id: dataOf(r).recordOrder.id as string };
  };
  const first = await statementsOf(orderInput(customerId, 'ONE-STATEMENT'));
  expect(first.statements).toBe(1);
  expect(await count('order_lines', 'order_id = $1', [first.id])).toBe(2);
  expect(await count('outbox', `type = 'order.recorded' and aggregate_id = $1`, [first.id])).toBe(1);
  const [{ last }] = await sql(`select last_active_at as last from customer.customers where id = $1`, [customerId]);
  expect(new Date(last).toISOString()).toBe('2026-01-14T10:00:00.000Z');
  const replay = await statementsOf(orderInput(customerId, 'ONE-STATEMENT'));
  expect(replay).toEqual({ statements: 2, id: first.id });
  expect(await count('outbox', `type = 'order.recorded' and aggregate_id = $1`, [first.id])).toBe(1);
});

test('merging customers moves their orders to the survivor; the merged id records on the survivor', async () => {
  const survivor = await newCustomer();
  const merged = await newCustomer();
  await record(orderInput(survivor, 'MG-S'));
  await record(orderInput(merged, 'MG-M', { paidAt: '2026-01-14T11:00:00.000Z' }));
  dataOf(await call(`mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: survivor, mergedId: merged } }, admin));
  const after = dataOf(await record(orderInput(merged, 'MG-M2', { paidAt: '2026-01-14T12:00:00.000Z' }))).recordOrder;
  const page = dataOf(await call(ORDERS_PAGE, { id: survivor, first: 10 }, admin)).customer.orders;
  expect(page.nodes).toEqual([{ externalNo: 'MG-M2' }, { externalNo: 'MG-M' }, { externalNo: 'MG-S' }]);
  expect(await sql(`select customer_id from customer.orders where id = $1`, [after.id])).toEqual([{ customer_id: survivor }]);
  const [audit] = await sql(`select moved from customer.merges where merged_id = $1`, [merged]);
  expect(audit.moved.orders).toBe(1);
});

test('order.recorded and order.refunded reach the bus with the catalogue payloads', async () => {
  const customerId = await newCustomer();
  const order = dataOf(await record(orderInput(customerId, 'EV-1', { channel: 'STORE', storeId: 'SH-9' }))).recordOrder;
  const r = dataOf(await refund({ orderId: order.id, externalRefundNo: 'EV-1-R', amount: '25.00' })).refundOrder;
  await stack.settle();
  const events = await sql(`select type, aggregate_id, actor, payload from bus.events where aggregate_id = $1 order by seq`, [order.id]);
  expect(events).toEqual([
    {
      type: 'order.recorded',
      aggregate_id: order.id,
      actor: { id: 'order-feed', role: 'system', scopes: [] },
      payload: {
        orderId: order.id,
        externalNo: 'EV-1',
        customerId,
        channel: 'STORE',
        storeId: 'SH-9',
        paidAt: '2026-01-14T10:00:00.000Z',
        amountCents: 10000,
        lines: [
          { sku: 'SKU-1', category: 'baby', quantity: 2, amountCents: 5990 },
          { sku: 'SKU-2', category: null, quantity: 1, amountCents: 4010 },
        ],
      },
    },
    {
      type: 'order.refunded',
      aggregate_id: order.id,
      actor: { id: 'order-feed', role: 'system', scopes: [] },
      payload: {
        orderId: order.id,
        refundId: r.id,
        externalRefundNo: 'EV-1-R',
        customerId,
        amountCents: 2500,
        orderAmountCents: 10000,
        totalRefundedCents: 2500,
        fullyRefunded: false,
      },
    },
  ]);
});
