import { runExclusive } from '@member-graph/common/jobs';
import { ManualClock } from '@member-graph/common/time';
import { dataOf } from '@member-graph/common/testing';
import { loyaltyOf, newCustomer, recordOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltybirthday', { clock });
});
afterAll(async () => {
  await h?.stop();
});

const birthdayJob = () => h.stack.subgraphs.loyalty.jobs.find((j) => j.name === 'loyalty.birthday-grants')!;
const gifts = (id: string) =>
  h.stack.subgraphs.loyalty.dataSource.query(`select amount from loyalty.points_entries where customer_id = $1 and reason_code = 'BIRTHDAY_GIFT' order by id`, [id]);

test('in the birthday month the tier gift is granted once a year, however often the job runs', async () => {
  clock.set('2026-01-15T02:00:00.000Z');
  const id = await newCustomer(h, { birthday: '1990-03-08' });
  await runExclusive(h.stack.subgraphs.loyalty.dataSource, birthdayJob());
  expect(await gifts(id)).toEqual([]); // January: not yet

  clock.set('2026-02-28T16:00:00.000Z'); // 1 March 00:00 in Shanghai
  expect(await runExclusive(h.stack.subgraphs.loyalty.dataSource, birthdayJob())).toBe(true);
  await birthdayJob().run();
  await Promise.all([birthdayJob().run(), birthdayJob().run()]);
  expect(await gifts(id)).toEqual([{ amount: 50 }]);
  expect((await loyaltyOf(h, id)).points.balance).toBe(50);

  clock.set('2026-04-02T02:00:00.000Z');
  await birthdayJob().run();
  clock.set('2027-03-10T02:00:00.000Z');
  await birthdayJob().run();
  await birthdayJob().run();
  expect(await gifts(id)).toEqual([{ amount: 50 }, { amount: 50 }]); // 2026 and 2027, once each
});

test('the gift follows the tier, and the birthday multiplier applies to orders in the birthday month', async () => {
  clock.set('2026-01-15T02:00:00.000Z');
  const id = await newCustomer(h);
  await recordOrder(h, id, '1000.00', { paidAt: clock.now() }); // SILVER
  await h.stack.settle();
  // the birthday arrives later through a profile update
  const UPDATE = `mutation($id: ID!, $input: CustomerProfileInput!) { updateCustomerProfile(id: $id, input: $input) { id } }`;
  dataOf(await h.gql(UPDATE, { id, input: { birthday: '1992-05-20' } }, h.admin));
  await h.stack.settle();
  clock.set('2026-05-03T02:00:00.000Z');
  await birthdayJob().run();
  expect(await gifts(id)).toEqual([{ amount: 100 }]);
  await recordOrder(h, id, '100.00', { paidAt: clock.now() });
  await h.stack.settle();
  const [line] = await h.stack.subgraphs.loyalty.dataSource.query(
    `select amount from loyalty.points_entries where customer_id = $1 and reason_code = 'ORDER' order by id desc limit 1`,
    [id],
  );
  expect(line.amount).toBe(180); // 100 × 1.2 (SILVER) × 1.5 (birthday month)
  clock.set('2026-06-03T02:00:00.000Z');
  await recordOrder(h, id, '100.00', { paidAt: clock.now() });
  await h.stack.settle();
  expect((await loyaltyOf(h, id)).points.balance).toBe(1000 + 100 + 180 + 120);
});
