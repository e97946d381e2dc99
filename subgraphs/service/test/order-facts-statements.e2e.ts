import { ManualClock } from '@member-graph/common/time';
import { SERVICE_CONSUMER } from '../src/consumers';
import { handlerStatements } from '../../../scripts/stack/fixtures';
import { newCustomer, recordOrder, useServiceStack } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
const h = useServiceStack('orderfactssql', clock);

/** Relays the customer subgraph's outbox, then drains service's consumer: the statements its handlers sent. */
async function applied(): Promise<string[]> {
  await h.stack.subgraphs.customer.settle();
  return handlerStatements(h.stack.subgraphs.service, SERVICE_CONSUMER);
}

test("an order reaches service's facts in two statements (the merge-chain look-up, then the order's facts and the customer's count in one); a redelivery counts nothing twice", async () => {
  const customers = [await newCustomer(h), await newCustomer(h), await newCustomer(h)];
  await applied(); // the customers' own events
  for (const c of customers) await recordOrder(h, c.id, [{ sku: 'FACT-1', quantity: 1, amount: '99.00' }], clock.now(), { settle: false });
  await recordOrder(h, customers[0].id, [{ sku: 'FACT-2', quantity: 2, amount: '10.00' }], clock.now(), { settle: false });
  const sent = await applied();
  expect(sent.length).toBe(2 * 4); // was 4 per order: look-up, facts, ensure the customer row, count
  const counts = await h.query<{ id: string; n: number }>(
    `select customer_id as id, orders_count as n from service.customer_facts where customer_id = any($1::uuid[]) order by orders_count desc`,
    [customers.map((c) => c.id)],
  );
  expect(counts.map((c) => c.n)).toEqual([2, 1, 1]);
  expect(counts[0].id).toBe(customers[0].id);
  // the same event applied again (another consumer position) changes nothing
  await h.query(`delete from service.processed_events`);
  await h.query(`update service.consumer_offsets set position = 0 where consumer = $1`, [SERVICE_CONSUMER]);
  await applied();
  const again = await h.query<{ n: number }>(`select sum(orders_count)::int as n from service.customer_facts where customer_id = any($1::uuid[])`, [customers.map((c) => c.id)]);
  expect(again[0].n).toBe(4);
});
