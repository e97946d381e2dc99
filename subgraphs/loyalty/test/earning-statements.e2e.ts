import { ManualClock } from '@member-graph/common/time';
import { LOYALTY_CONSUMER } from '../src/consumers';
import { ledgerTotals, loyaltyOf, newCustomer, recordOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltyearnsql', { clock });
});
afterAll(async () => {
  await h?.stop();
});

/** The consumer's own per-batch statements (offset, bus read, held-back check, processed-event rows): not the handler's. */
const BOOKKEEPING = /consumer_offsets|processed_events|dead_letters|bus\.events/;

/**
 * Relays the customer subgraph's outbox, then drains loyalty's consumer, returning the statements its
 * handlers sent (transaction control is never counted; the batch's bookkeeping is left out here).
 */
async function handlerStatements(): Promise<string[]> {
  await h.stack.subgraphs.customer.settle();
  const loyalty = h.stack.subgraphs.loyalty;
  const consumer = loyalty.consumers.find((c) => c.name === LOYALTY_CONSUMER)!;
  const counter = loyalty.statements;
  const sent: string[] = [];
  const record = counter.record;
  counter.record = (sql: string) => {
    sent.push(sql);
    record.call(counter, sql);
  };
  try {
    await consumer.drain();
  } finally {
    counter.record = record;
  }
  return sent.filter((s) => !BOOKKEEPING.test(s));
}

test('the first orders of 20 new members: the statements loyalty sends per order', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) ids.push(await newCustomer(h));
  for (const id of ids) await recordOrder(h, id, '120.00', { paidAt: clock.now() });
  const sent = await handlerStatements();
  expect(sent.length).toBe(15 * ids.length);
  for (const id of ids) {
    const l = await loyaltyOf(h, id);
    expect(l.points.balance).toBe(120);
    expect(l.badges.map((b: { code: string }) => b.code)).toEqual(['FIRST_ORDER']);
  }
});

test('ten later orders of one member: the statements loyalty sends per order', async () => {
  const id = await newCustomer(h);
  await recordOrder(h, id, '10.00', { paidAt: clock.now() });
  await h.stack.settle();
  const orders = 10;
  for (let i = 0; i < orders; i++) await recordOrder(h, id, '50.00', { paidAt: clock.now() });
  const sent = await handlerStatements();
  expect(sent.length).toBe(13 * orders + 1); // the tenth order also announces TEN_ORDERS
  const l = await loyaltyOf(h, id);
  expect(l.points.balance).toBe(10 + orders * 50);
  expect(l.badges.map((b: { code: string }) => b.code).sort()).toEqual(['FIRST_ORDER', 'TEN_ORDERS']);
  expect(await ledgerTotals(h, id)).toEqual({ ledger: 510, lots: 510 });
});
