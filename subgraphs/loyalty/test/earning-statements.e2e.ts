import { ManualClock } from '@member-graph/common/time';
import { LOYALTY_CONSUMER } from '../src/consumers';
import { lotRemainingAfterCredit, lotRemainingSql } from '../src/points/points.rules';
import { handlerStatements as drainCounted } from '../../../scripts/stack/fixtures';
import { ledgerTotals, loyaltyOf, newCustomer, recordOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltyearnsql', { clock });
});
afterAll(async () => {
  await h?.stop();
});

/** Relays the customer subgraph's outbox, then drains loyalty's consumer: the statements its handlers sent. */
async function handlerStatements(): Promise<string[]> {
  await h.stack.subgraphs.customer.settle();
  return drainCounted(h.stack.subgraphs.loyalty, LOYALTY_CONSUMER);
}

test('the first orders of 20 new members: the statements loyalty sends per order', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) ids.push(await newCustomer(h));
  for (const id of ids) await recordOrder(h, id, '120.00', { paidAt: clock.now() });
  const sent = await handlerStatements();
  // lock, birthday multiplier, the order's one write (earning, ledger line and lot, growth; reading the order
  // count, window growth and held badges), doorbell, points_changed; FIRST_ORDER and its event; the referral look-up
  expect(sent.length).toBe(8 * ids.length); // was 15
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
  // lock, birthday multiplier, the order's one write, doorbell, points_changed; the tenth order also awards TEN_ORDERS
  expect(sent.length).toBe(5 * orders + 2); // was 13 per order (+1)
  const l = await loyaltyOf(h, id);
  expect(l.points.balance).toBe(10 + orders * 50);
  expect(l.badges.map((b: { code: string }) => b.code).sort()).toEqual(['FIRST_ORDER', 'TEN_ORDERS']);
  expect(await ledgerTotals(h, id)).toEqual({ ledger: 510, lots: 510 });
});

test('the lot rule a one-statement credit writes in SQL is lotRemainingAfterCredit', async () => {
  const cases = [-80, -50, -30, -1, 0, 1, 100].flatMap((before) => [1, 30, 50].map((amount) => ({ before, amount })));
  const [{ remaining }] = await h.stack.subgraphs.loyalty.dataSource.query(
    `select array_agg(${lotRemainingSql('c.amount', 'c.before + c.amount')} order by c.i) as remaining
       from unnest($1::int[], $2::int[]) with ordinality as c(before, amount, i)`,
    [cases.map((c) => c.before), cases.map((c) => c.amount)],
  );
  expect(remaining).toEqual(cases.map((c) => lotRemainingAfterCredit(c.before, c.amount)));
});
