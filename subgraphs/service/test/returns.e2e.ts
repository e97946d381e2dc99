import { ManualClock } from '@member-graph/common/time';
import { HOUR, newCustomer, outbox, recordOrder, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svcreturns', clock, ['customer', 'loyalty', 'service']);

const RETURN_FIELDS = `id orderId stage reason photoUrls amount autoApproved decisionRule courier trackingNo refundedAt
  lines { sku quantity amount } progress { seq stage note actorRole } customer { id } survey { id }`;
const OPEN = `mutation($i: OpenReturnInput!) { openReturn(input: $i) { ${RETURN_FIELDS} } }`;
const APPROVE = `mutation($i: ReturnDecisionInput!) { approveReturn(input: $i) { ${RETURN_FIELDS} } }`;
const REJECT = `mutation($i: ReturnDecisionInput!) { rejectReturn(input: $i) { ${RETURN_FIELDS} } }`;
const CANCEL = `mutation($i: ReturnDecisionInput!) { cancelReturn(input: $i) { ${RETURN_FIELDS} } }`;
const ADVANCE = `mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { ${RETURN_FIELDS} } }`;
const RETURN = `query($id: ID!) { returnRequest(id: $id) { ${RETURN_FIELDS} } }`;

const LINES = [
  { sku: 'TEE', quantity: 2, amount: '100.00' },
  { sku: 'JACKET', quantity: 1, amount: '300.00' },
];

async function customerWithOrder() {
  const c = await newCustomer(h);
  const orderId = await recordOrder(h, c.id, LINES, clock.now());
  return { ...c, orderId };
}

const advance = async (returnId: string, to: string, token: string, extra: Record<string, unknown> = {}) =>
  (await h.ok(ADVANCE, { i: { returnId, to, ...extra } }, token)).advanceReturn;

describe('opening a return', () => {
  test('lines of an order within the auto-approval rule are approved at once (REQUESTED then APPROVED, the rule in the note)', async () => {
    const c = await customerWithOrder();
    const r = (await h.ok(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'TEE', quantity: 1 }], reason: '颜色和图片不一样', photoUrls: ['https://img.example.com/1.jpg'] } }, c.token)).openReturn;
    expect(r).toMatchObject({
      orderId: c.orderId,
      stage: 'APPROVED',
      amount: '50.00',
      autoApproved: true,
      decisionRule: 'AUTO_APPROVAL',
      lines: [{ sku: 'TEE', quantity: 1, amount: '50.00' }],
      photoUrls: ['https://img.example.com/1.jpg'],
      customer: { id: c.id },
    });
    expect(r.progress.map((p: any) => [p.seq, p.stage, p.actorRole])).toEqual([[1, 'REQUESTED', 'customer'], [2, 'APPROVED', 'system']]);
    expect(r.progress[1].note).toMatch(/AUTO_APPROVAL: amount 50.00 within the MEMBER limit 200.00, return rate 0%/);
    const [opened] = await outbox(h, 'return.opened', r.id);
    expect(opened.payload).toEqual({ returnId: r.id, orderId: c.orderId, customerId: c.id, amountCents: 5000, lines: [{ sku: 'TEE', quantity: 1, amountCents: 5000 }], autoApproved: true });
  });

  test('over the tier limit, or with a high return rate, an agent decides', async () => {
    const c = await customerWithOrder();
    const big = (await h.ok(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'JACKET', quantity: 1 }], reason: 'too warm' } }, c.token)).openReturn;
    expect(big).toMatchObject({ stage: 'REQUESTED', autoApproved: false, decisionRule: 'MANUAL_AMOUNT_OVER_TIER_LIMIT', amount: '300.00' });
    expect(big.progress).toHaveLength(1);
    expect(await h.codes(APPROVE, { i: { returnId: big.id } }, c.token)).toEqual(['FORBIDDEN']);
    expect(await h.codes(APPROVE, { i: { returnId: big.id } }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
    const approved = (await h.ok(APPROVE, { i: { returnId: big.id, note: '同意退货' } }, h.tokens.agent)).approveReturn;
    expect(approved).toMatchObject({ stage: 'APPROVED', decisionRule: 'AGENT_DECISION' });
    expect(approved.progress.map((p: any) => [p.seq, p.stage, p.actorRole, p.note])).toEqual([
      [1, 'REQUESTED', 'customer', expect.stringContaining('awaiting an agent')],
      [2, 'APPROVED', 'agent', '同意退货'],
    ]);
    // one order, one live return: the rate (1 of 1) is over 30%, so even a small return waits for an agent
    const small = (await h.ok(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'TEE', quantity: 1 }], reason: 'small' } }, c.token)).openReturn;
    expect(small).toMatchObject({ stage: 'REQUESTED', decisionRule: 'MANUAL_RETURN_RATE' });
    const rejected = (await h.ok(REJECT, { i: { returnId: small.id, note: '已超过七天无理由' } }, h.tokens.agent)).rejectReturn;
    expect(rejected.stage).toBe('REJECTED');
    expect(await h.codes(REJECT, { i: { returnId: small.id } }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']); // a rejection needs a reason
  });

  test('bad requests are refused with a clear code and change nothing', async () => {
    const c = await customerWithOrder();
    const other = await newCustomer(h);
    const codes = (lines: unknown, token = c.token, orderId = c.orderId) => h.codes(OPEN, { i: { orderId, lines, reason: 'x' } }, token);
    expect(await codes([{ sku: 'TEE', quantity: 3 }])).toEqual(['RETURN_EXCEEDS_ORDER']);
    expect(await codes([{ sku: 'NOPE', quantity: 1 }])).toEqual(['BAD_USER_INPUT']);
    expect(await codes([])).toEqual(['BAD_USER_INPUT']);
    expect(await codes([{ sku: 'TEE', quantity: 1 }], other.token)).toEqual(['NOT_FOUND']);
    expect(await codes([{ sku: 'TEE', quantity: 1 }], h.tokens.marketer)).toEqual(['FORBIDDEN']);
    expect(await codes([{ sku: 'TEE', quantity: 1 }], c.token, '00000000-0000-4000-8000-000000000000')).toEqual(['NOT_FOUND']);
    expect(await h.codes(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'TEE', quantity: 1 }], reason: 'x', photoUrls: ['ftp://x'] } }, c.token)).toEqual(['BAD_USER_INPUT']);
    expect(await h.query(`select id from service.returns where order_id = $1`, [c.orderId])).toEqual([]);
    // both tees then none left; after 30 days the window is closed
    await h.ok(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'TEE', quantity: 2 }], reason: 'x' } }, h.tokens.agent);
    expect(await codes([{ sku: 'TEE', quantity: 1 }])).toEqual(['RETURN_EXCEEDS_ORDER']);
    clock.advance(31 * 24 * HOUR);
    expect(await codes([{ sku: 'JACKET', quantity: 1 }])).toEqual(['RETURN_WINDOW_CLOSED']);
  });
});

describe('return stages', () => {
  test('every stage is stored with time, actor and note and a per-return seq; invalid moves change nothing', async () => {
    const c = await customerWithOrder();
    const opened = (await h.ok(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'TEE', quantity: 2 }], reason: '质量问题' } }, c.token)).openReturn;
    expect(opened.stage).toBe('APPROVED');
    const invalid = await h.gql(ADVANCE, { i: { returnId: opened.id, to: 'REFUNDED' } }, h.tokens.agent);
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', details: { from: 'APPROVED', to: 'REFUNDED' } });
    expect(await h.codes(ADVANCE, { i: { returnId: opened.id, to: 'SHIPPED_BACK' } }, c.token)).toEqual(['BAD_USER_INPUT']); // needs a tracking number
    clock.advance(HOUR);
    await advance(opened.id, 'SHIPPED_BACK', c.token, { courier: '顺丰', trackingNo: 'SF123456789' });
    expect(await h.codes(ADVANCE, { i: { returnId: opened.id, to: 'COURIER_PICKED_UP' } }, c.token)).toEqual(['FORBIDDEN']);
    clock.advance(HOUR);
    await advance(opened.id, 'COURIER_PICKED_UP', h.tokens.system, { note: '已揽收' });
    clock.advance(24 * HOUR);
    await advance(opened.id, 'RECEIVED', h.tokens.system);
    await advance(opened.id, 'QUALITY_CHECK', h.tokens.agent);
    expect(await h.codes(CANCEL, { i: { returnId: opened.id } }, c.token)).toEqual(['INVALID_TRANSITION']);
    const refunded = await advance(opened.id, 'REFUNDED', h.tokens.agent, { note: '质检通过' });
    expect(refunded).toMatchObject({ stage: 'REFUNDED', courier: '顺丰', trackingNo: 'SF123456789', survey: { id: expect.any(String) } });
    expect(refunded.progress.map((p: any) => [p.seq, p.stage, p.actorRole])).toEqual([
      [1, 'REQUESTED', 'customer'], [2, 'APPROVED', 'system'], [3, 'SHIPPED_BACK', 'customer'], [4, 'COURIER_PICKED_UP', 'system'],
      [5, 'RECEIVED', 'system'], [6, 'QUALITY_CHECK', 'agent'], [7, 'REFUNDED', 'agent'],
    ]);
    expect(refunded.progress[2].note).toBe('顺丰 SF123456789');
    const rows = await h.query(`select seq, stage, actor_id, at from service.return_progress where return_id = $1 order by seq`, [opened.id]);
    expect(rows.map((r) => r.actor_id)).toEqual([c.id, 'service', c.id, 'system-1', 'system-1', 'agent-1', 'agent-1']);
    expect(new Date(rows[3].at).getTime() - new Date(rows[2].at).getTime()).toBe(HOUR);
    const changes = await outbox(h, 'return.stage_changed', opened.id);
    expect(changes.map((e) => e.payload.seq)).toEqual([2, 3, 4, 5, 6, 7]);
    const [refundEvent] = await outbox(h, 'return.refunded', opened.id);
    expect(refundEvent.payload).toMatchObject({ returnId: opened.id, orderId: c.orderId, customerId: c.id, amountCents: 10000, lines: [{ sku: 'TEE', quantity: 2, amountCents: 10000 }] });
  });

  test('the customer may cancel before shipping; staff may cancel too', async () => {
    const c = await customerWithOrder();
    const r = (await h.ok(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'TEE', quantity: 1 }], reason: '不想要了' } }, c.token)).openReturn;
    const cancelled = (await h.ok(CANCEL, { i: { returnId: r.id, note: '又想要了' } }, c.token)).cancelReturn;
    expect(cancelled.stage).toBe('CANCELLED');
    expect(cancelled.progress.map((p: any) => p.seq)).toEqual([1, 2, 3]);
    // the cancelled items can be returned again
    const again = (await h.ok(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'TEE', quantity: 2 }], reason: '还是退吧' } }, c.token)).openReturn;
    expect(again.lines).toEqual([{ sku: 'TEE', quantity: 2, amount: '100.00' }]);
  });
});

test('return.refunded → the customer subgraph records the refund on the order → loyalty reverses the points (end to end through events)', async () => {
  const c = await customerWithOrder(); // ¥400 → 400 points
  const before = await h.ok(`query($id: ID!) { customer(id: $id) { loyalty { points { balance } } } }`, { id: c.id }, h.tokens.agent);
  expect(before.customer.loyalty.points.balance).toBe(400);
  const r = (await h.ok(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'JACKET', quantity: 1 }], reason: '太大' } }, h.tokens.agent)).openReturn;
  await h.ok(APPROVE, { i: { returnId: r.id } }, h.tokens.agent);
  await advance(r.id, 'SHIPPED_BACK', c.token, { trackingNo: 'YT0001' });
  for (const stage of ['COURIER_PICKED_UP', 'RECEIVED', 'QUALITY_CHECK', 'REFUNDED']) await advance(r.id, stage, h.tokens.agent);
  await h.stack.settle();

  const view = await h.ok(
    `query($id: ID!) { customer(id: $id) { orders { nodes { id status refundedAmount refunds { externalRefundNo amount } } }
       loyalty { points { balance } history(first: 5) { nodes { type amount reasonCode } } } returns { nodes { id stage } } } }`,
    { id: c.id },
    h.tokens.agent,
  );
  const order = view.customer.orders.nodes.find((o: any) => o.id === c.orderId);
  expect(order).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: '300.00', refunds: [{ externalRefundNo: `return-${r.id}`, amount: '300.00' }] });
  expect(view.customer.loyalty.points.balance).toBe(100);
  expect(view.customer.loyalty.history.nodes[0]).toEqual({ type: 'REVERSE', amount: -300, reasonCode: 'ORDER_REFUND' });
  expect(view.customer.returns.nodes).toEqual([{ id: r.id, stage: 'REFUNDED' }]);
  const [facts] = await h.query(`select refunded_cents from service.order_facts where order_id = $1`, [c.orderId]);
  expect(Number(facts.refunded_cents)).toBe(30000);

  // redelivery records nothing twice: the refund number return-<id> is the idempotency key. The customer
  // consumer is made to see the event again, as after a crash between the refund's commit and its own
  // (its processed-event row forgotten, its offset rewound); the service test reaches it only through the bus
  const [event] = await h.query(`select id, seq from bus.events where type = 'return.refunded' and aggregate_id = $1`, [r.id]);
  const [redelivered] = await h.query(
    `with forgotten as (delete from customer.processed_events where consumer = 'customer.returns' and event_id = $1 returning 1),
          rewound as (update customer.consumer_offsets set position = $2 where consumer = 'customer.returns' returning 1)
     select (select count(*)::int from forgotten) as forgotten, (select count(*)::int from rewound) as rewound`,
    [event.id, Number(event.seq) - 1],
  );
  expect(redelivered).toEqual({ forgotten: 1, rewound: 1 });
  await h.stack.settle();
  const [again] = await h.query(`select count(*)::int as n from customer.processed_events where consumer = 'customer.returns' and event_id = $1`, [event.id]);
  expect(again.n).toBe(1); // the consumer did apply it a second time
  const refunds = await h.stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from customer.refunds where external_refund_no = $1`, [`return-${r.id}`]);
  expect(refunds[0].n).toBe(1);
  const after = await h.ok(`query($id: ID!) { customer(id: $id) { loyalty { points { balance } } } }`, { id: c.id }, h.tokens.agent);
  expect(after.customer.loyalty.points.balance).toBe(100);
  // the rest of the order is still returnable; the refunded jacket is not
  expect(await h.codes(OPEN, { i: { orderId: c.orderId, lines: [{ sku: 'JACKET', quantity: 1 }], reason: 'x' } }, c.token)).toEqual(['RETURN_EXCEEDS_ORDER']);
});

test("a customer reads only their own returns; another customer's return answers NOT_FOUND", async () => {
  const a = await customerWithOrder();
  const b = await newCustomer(h);
  const r = (await h.ok(OPEN, { i: { orderId: a.orderId, lines: [{ sku: 'TEE', quantity: 1 }], reason: 'x' } }, a.token)).openReturn;
  expect((await h.ok(RETURN, { id: r.id }, a.token)).returnRequest.id).toBe(r.id);
  expect(await h.codes(RETURN, { id: r.id }, b.token)).toEqual(['NOT_FOUND']);
  expect(await h.codes(CANCEL, { i: { returnId: r.id } }, b.token)).toEqual(['NOT_FOUND']);
  expect(await h.codes(RETURN, { id: r.id }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
  const list = await h.ok(`query($o: ID!) { returnRequests(filter: { orderId: $o }) { nodes { id } totalCount } }`, { o: a.orderId }, h.tokens.agent);
  expect(list.returnRequests).toEqual({ nodes: [{ id: r.id }], totalCount: 1 });
});
