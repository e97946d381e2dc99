import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { connectNatsBus, type NatsBusConnection } from '@member-graph/common/events';
import { dataOf, describeWithNats, errorCodes, graphql, natsTestBus, within } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';

/**
 * The whole stack on BUS=nats: events travel on JetStream (recordOrder → loyalty points) and the
 * returnProgress subscription is woken through a core NATS subject, not Postgres NOTIFY.
 */
describeWithNats('the whole stack on the NATS bus', (natsUrl) => {
  const nats = natsTestBus(natsUrl);
  const env = useTestStack('natsbus', { bus: nats.bus });
  const clients: Client[] = [];
  let observer: NatsBusConnection;
  const rings: string[] = [];
  env.beforeStop(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await observer?.close();
  });
  afterAll(() => nats.drop());
  beforeAll(async () => {
    observer = await connectNatsBus(nats.bus);
    observer.nc.subscribe(observer.names.doorbellSubject('mg_progress_return'), { callback: (_e, m) => void rings.push(m.string()) });
    await observer.nc.flush();
  });

  const call = async (q: string, v: Record<string, unknown>, token: string) => dataOf(await graphql(env.stack.gateway.url, q, v, { token }));

  test('recordOrder through the gateway earns loyalty points once the events crossed JetStream', async () => {
    const { stack } = env;
    const system = await stack.token('system', 'feed');
    const { resolveCustomer } = await call(`mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`, {
      i: { identity: { type: 'APP_USER_ID', value: 'nats-1' }, channel: 'APP', profile: { name: 'nats-1' } },
    }, system);
    const customerId: string = resolveCustomer.customer.id;
    const { recordOrder } = await call(`mutation($o: RecordOrderInput!) { recordOrder(input: $o) { id } }`, {
      o: { externalNo: 'NATS-1', customerId, channel: 'APP', paidAt: new Date(Date.now() - 86_400_000).toISOString(), lines: [{ sku: 'COAT-1', category: 'apparel', quantity: 1, amount: '599.00' }] },
    }, system);
    await stack.settle();
    const admin = await stack.token('admin', 'admin-1');
    const { customer } = await call(`query($id: ID!) { customer(id: $id) { loyalty { points { balance } } } }`, { id: customerId }, admin);
    expect(customer.loyalty.points.balance).toBe(599);
    expect(await stack.subgraphs.customer.dataSource.query(`select count(*)::int as n from bus.events`)).toEqual([{ n: 0 }]);

    // the customer watches a return of that order; each stage arrives live, woken over NATS
    const token = await stack.token('customer', customerId);
    const agent = await stack.token('agent', 'agent-7');
    const { openReturn } = await call(
      `mutation($i: OpenReturnInput!) { openReturn(input: $i) { id stage } }`,
      { i: { orderId: recordOrder.id, lines: [{ sku: 'COAT-1', quantity: 1 }], reason: '尺码不合适', photoUrls: ['https://img.example.com/r/1.jpg'] } },
      token,
    );
    const returnId: string = openReturn.id;
    const client = createClient({ url: stack.gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
    clients.push(client);
    const it = client.iterate<{ returnProgress: { seq: number; stage: string } }>({
      query: `subscription($id: ID!) { returnProgress(returnId: $id, afterSeq: 0) { seq stage } }`,
      variables: { id: returnId },
    });
    const next = async () => {
      // a hang guard, not a speed check (a busy machine may take seconds): that the NATS doorbell woke the
      // stream is what `rings` proves below, each stage's ring received by this process
      const r = await within(it.next(), 60_000, 'a progress event');
      if (r.done || r.value.errors?.length) throw new Error(JSON.stringify(r.value));
      return r.value.data!.returnProgress;
    };
    expect(await next()).toEqual({ seq: 1, stage: openReturn.stage });
    const decided = await graphql(stack.gateway.url, `mutation($i: ReturnDecisionInput!) { approveReturn(input: $i) { id } }`, { i: { returnId, note: 'ok' } }, { token: agent });
    expect(errorCodes(decided)).toEqual([]);
    expect(await next()).toEqual({ seq: 2, stage: 'APPROVED' });
    const shipped = await graphql(stack.gateway.url, `mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { id } }`, { i: { returnId, to: 'SHIPPED_BACK', note: 'sent', courier: 'SF', trackingNo: 'SF123' } }, { token: agent });
    expect(errorCodes(shipped)).toEqual([]);
    expect(await next()).toEqual({ seq: 3, stage: 'SHIPPED_BACK' });
    expect(rings.filter((r) => r === returnId).length).toBeGreaterThanOrEqual(2);
    await it.return!();
  });
});
