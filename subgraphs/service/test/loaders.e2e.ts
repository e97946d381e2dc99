import { ManualClock } from '@member-graph/common/time';
import { ASSIGN, move, newCustomer, openTicket, pageCost, POST_MESSAGE, recordOrder, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svcloaders', clock);

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    customers(first: $first) {
      nodes {
        id
        tickets(first: 5) {
          nodes { id status customer { id } messages { author body } progress { seq status } history { kind rule } sla { paused } survey { id } }
          pageInfo { hasNextPage endCursor }
          totalCount
        }
        returns(first: 5) {
          totalCount
          nodes { id stage amount lines { sku amount } progress { seq stage } survey { id } customer { id } }
        }
        freeReturns { allowance used remaining }
      }
    }
  }
`;

test('a staff query of tickets and returns over 30 customers sends as many SQL statements to the service subgraph as over 5', async () => {
  // seeding: customers one by one (distinct registration times: pages are newest first, so the five are
  // customers 29…25), then each customer's ticket, message and order side by side (each touches only its
  // own customer), one settle for the service subgraph to learn of the orders, then the returns
  const customers: { id: string; token: string }[] = [];
  for (let i = 0; i < 30; i++) {
    clock.advance(60_000);
    customers.push(await newCustomer(h, `批量-${i}`));
  }
  const orders = await Promise.all(
    customers.map(async (c, i) => {
      const t = await openTicket(h, c.token, { type: i % 2 ? 'COMPLAINT' : 'CONSULTATION', subject: `问题${i}`, body: '衣服尺码偏小' });
      await h.ok(POST_MESSAGE, { i: { ticketId: t.id, channel: 'PHONE', body: '已收到' } }, h.tokens.agent);
      if (i % 3 !== 0) return undefined;
      if (i % 2) await h.ok(ASSIGN, { i: { ticketId: t.id, skillGroup: 'quality' } }, h.tokens.agent);
      else await move(h, t.id, 'RESOLVED');
      return recordOrder(h, c.id, [{ sku: 'S', quantity: 1, amount: '60.00' }], clock.now(), { settle: false });
    }),
  );
  await h.settle();
  await Promise.all(
    orders.map(async (orderId, i) => {
      if (!orderId) return;
      const lines = [{ sku: 'S', quantity: 1 }];
      await h.ok(`mutation($i: OpenReturnInput!) { openReturn(input: $i) { id } }`, { i: { orderId, lines, reason: '小了' } }, customers[i].token);
    }),
  );
  const { statements } = h.stack.subgraphs.service;
  const read = async (first: number) => (await h.ok(PAGE, { first }, h.tokens.agent)).customers.nodes;
  const thirty = await pageCost(statements, read, 30);
  const five = await pageCost(statements, read, 5);
  expect(thirty.page).toHaveLength(30);
  expect(five.page).toHaveLength(5);
  // both pages touch every loader (the five include customer 27's return), so only page size differs
  expect(five.page.filter((c: any) => c.returns.nodes.length === 1)).toHaveLength(1);
  expect(thirty.statements).toBe(five.statements);
  expect(thirty.statements).toBeLessThanOrEqual(16); // one or two per loader touched (each totalCount is one; free returns two), never one per customer
  expect(thirty.page.every((c: any) => c.tickets.nodes.length === 1 && c.tickets.nodes[0].messages.length === 2)).toBe(true);
  expect(thirty.page.filter((c: any) => c.returns.nodes.length === 1)).toHaveLength(10);
  expect(thirty.page.every((c: any) => c.freeReturns.allowance === 0 && c.freeReturns.used === 0)).toBe(true); // no loyalty programme heard of (this stack has no loyalty): no free returns
  // totalCount of every customer's tickets and returns: one grouped statement each, whatever the page size
  expect(thirty.page.every((c: any) => c.tickets.totalCount === 1)).toBe(true);
  expect(thirty.page.map((c: any) => c.returns.totalCount).sort()).toEqual([...Array(20).fill(0), ...Array(10).fill(1)]);
});
