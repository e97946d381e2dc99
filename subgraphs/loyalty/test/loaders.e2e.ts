import { ManualClock } from '@member-graph/common/time';
import { dataOf } from '@member-graph/common/testing';
import * as fixtures from '../../../scripts/stack/fixtures';
import { grantPoints, pageCost, recordOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltyloaders', { clock });
});
afterAll(async () => {
  await h?.stop();
});

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    customers(first: $first) {
      nodes {
        id
        loyalty {
          customerId
          tier { code }
          tierProgress { next { code } growth growthToNext validUntil }
          growth
          referralCode
          points { balance expiringSoon }
          history(first: 3) { nodes { amount } pageInfo { hasNextPage } totalCount }
          tierHistory { to }
          badges { code earnedAt }
          checkIn { today streak }
        }
      }
    }
  }
`;

test('a staff query of loyalty over 30 customers sends as many SQL statements as over 5', async () => {
  // seeding: customers one by one (distinct registration times: pages are newest first, so the five are
  // customers 29…25, with and without data), one settle for loyalty to learn of all, then their orders and
  // grants side by side (each touches only its own customer), and one settle for the points
  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    clock.advance(60_000);
    ids.push(await fixtures.newCustomer(h, { name: `批量-${i}` }));
  }
  await h.stack.settle();
  await Promise.all(
    ids.map(async (id, i) => {
      if (i % 2 === 0) await recordOrder(h, id, `${100 + i * 50}.00`, { paidAt: clock.now() });
      if (i % 3 === 0) await grantPoints(h, id, 10 + i);
    }),
  );
  await h.stack.settle();
  const { statements } = h.stack.subgraphs.loyalty;
  const read = async (first: number) => dataOf(await h.gql(PAGE, { first }, h.agent)).customers.nodes;
  const thirty = await pageCost(statements, read, 30);
  const five = await pageCost(statements, read, 5);
  expect(thirty.page).toHaveLength(30);
  expect(five.page).toHaveLength(5);
  expect(thirty.statements).toBe(five.statements);
  expect(thirty.statements).toBeLessThanOrEqual(10); // one per loader touched (history's totalCount is one), never one per customer
  const withOrders = thirty.page.filter((c: any) => c.loyalty.points.balance > 0);
  expect(withOrders.length).toBeGreaterThan(10);
  // every customer has at most 2 ledger lines here, so the page holds them all and totalCount must match it
  expect(thirty.page.map((c: any) => c.loyalty.history.totalCount)).toEqual(thirty.page.map((c: any) => c.loyalty.history.nodes.length));
  expect(thirty.page.filter((c: any) => c.loyalty.history.totalCount === 2).length).toBeGreaterThan(0);
  expect(thirty.page.every((c: any) => c.loyalty.customerId === c.id && /^[2-9A-Z]{8}$/.test(c.loyalty.referralCode))).toBe(true);
});
