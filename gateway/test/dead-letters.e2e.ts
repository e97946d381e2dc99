import { Client } from 'pg';
import type { BusConfig } from '@member-graph/common/config';
import { describeWithNats, natsTestBus } from '@member-graph/common/testing';
import { newCustomer, recordOrder, refundOrder, useTestStack } from '../../scripts/stack';

const PARKED = `query($status: ParkedEventStatus) { loyaltyParkedEvents(first: 10, status: $status) {
  totalCount nodes { id subgraph consumer type aggregateId status attempts error } } }`;
const REPLAY = `mutation($id: ID!) { replayLoyaltyParkedEvent(id: $id) { id status attempts error replayedAt } }`;

/**
 * A failing event handler through the whole stack on the Postgres bus: loyalty's order.recorded handler
 * really throws (the database refuses its write: a check constraint an operator later drops), is retried,
 * parked, and the consumer goes on with other orders; the refund of the same order is held behind it;
 * an admin sees both through the gateway and replays them, once. The same on JetStream (its consumer
 * retries by nak with a delay, not by the pump).
 */
function deadLetterScenario(label: string, bus?: BusConfig) {
  const env = useTestStack(label, { subgraphs: ['customer', 'loyalty'], eventRetry: { attempts: 3, backoffMs: 1, maxBackoffMs: 5 }, bus });
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: env.url });
    await db.connect();
  });
  env.beforeStop(() => db.end());
  const earnings = async (orderIds: string[]) =>
    (await db.query(`select order_id from loyalty.order_earnings where order_id = any($1) order by order_id`, [orderIds])).rows.map((r) => r.order_id);

  test('retried, parked with its error, the consumer moves on, the aggregate is held, and an admin replays it once', async () => {
    await db.query(`alter table loyalty.order_earnings add constraint refuse_777 check (amount_cents <> 77700)`);
    const customerId = await newCustomer(env);
    const poisoned = await recordOrder(env, customerId, { amount: '777.00' });
    await env.settle();
    const fine = await recordOrder(env, customerId, { amount: '100.00' });
    await refundOrder(env, { orderId: poisoned }, '7.00');
    await env.settle();
    expect(await earnings([poisoned, fine])).toEqual([fine]);

    const { loyaltyParkedEvents } = await env.ok(PARKED, {}, env.tokens.admin);
    expect(loyaltyParkedEvents.totalCount).toBe(2);
    const [parked, held] = loyaltyParkedEvents.nodes;
    expect(parked).toMatchObject({ subgraph: 'loyalty', consumer: 'loyalty', type: 'order.recorded', aggregateId: poisoned, status: 'PARKED', attempts: 3 });
    expect(parked.error).toContain('refuse_777');
    expect(held).toMatchObject({ type: 'order.refunded', aggregateId: poisoned, status: 'HELD', attempts: 0, error: null });
    const parkedGauge = async () => {
      const text = await (await fetch(env.stack.subgraphs.loyalty.url.replace(/\/graphql$/, '/metrics'))).text();
      return ['PARKED', 'HELD'].map((status) => new RegExp(`^event_consumer_parked_events\\{[^}]*consumer="loyalty"[^}]*status="${status}"[^}]*\\} (\\d+)`, 'm').exec(text)?.[1]);
    };
    expect(await parkedGauge()).toEqual(['1', '1']);
    expect(await env.codes(PARKED, {}, env.tokens.agent)).toEqual(['FORBIDDEN']);
    expect(await env.codes(REPLAY, { id: parked.id }, env.tokens.marketer)).toEqual(['FORBIDDEN']);
    expect(await env.codes(REPLAY, { id: held.id }, env.tokens.admin)).toEqual(['PARKED_EVENT_HELD']);

    expect((await env.ok(REPLAY, { id: parked.id }, env.tokens.admin)).replayLoyaltyParkedEvent).toMatchObject({ status: 'PARKED', attempts: 4 });
    await db.query(`alter table loyalty.order_earnings drop constraint refuse_777`);
    expect((await env.ok(REPLAY, { id: parked.id }, env.tokens.admin)).replayLoyaltyParkedEvent).toMatchObject({ status: 'REPLAYED', attempts: 5 });
    expect((await env.ok(PARKED, { status: 'REPLAYED' }, env.tokens.admin)).loyaltyParkedEvents.totalCount).toBe(2);
    expect(await earnings([poisoned, fine])).toEqual([poisoned, fine].sort());
    const refunds = async () => (await db.query(`select refund_id from loyalty.order_refunds where order_id = $1`, [poisoned])).rowCount;
    expect(await refunds()).toBe(1);

    expect((await env.ok(REPLAY, { id: parked.id }, env.tokens.admin)).replayLoyaltyParkedEvent).toMatchObject({ status: 'REPLAYED', attempts: 5 });
    expect((await env.ok(REPLAY, { id: held.id }, env.tokens.admin)).replayLoyaltyParkedEvent).toMatchObject({ status: 'REPLAYED' });
    expect(await refunds()).toBe(1);
    // the fine order earned first; the replay earned the parked one, then reversed its refund: in aggregate order
    const ledger = await db.query(`select type from loyalty.points_entries where customer_id = $1 order by id`, [customerId]);
    expect(ledger.rows.map((r) => r.type)).toEqual(['EARN', 'EARN', 'REVERSE']);
    expect((await env.ok(PARKED, { status: 'PARKED' }, env.tokens.admin)).loyaltyParkedEvents.totalCount).toBe(0);
    expect(await parkedGauge()).toEqual(['0', '0']);
  });
}

describe('a failing event handler is parked, visible and replayable through the gateway (Postgres bus)', () => deadLetterScenario('deadletters'));

describeWithNats('a failing event handler is parked, visible and replayable through the gateway (NATS bus)', (natsUrl) => {
  const nats = natsTestBus(natsUrl);
  afterAll(() => nats.drop());
  deadLetterScenario('deadlettersnats', nats.bus);
});
