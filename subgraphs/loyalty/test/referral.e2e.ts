import { envelope, Outbox } from '@member-graph/common/events';
import { ManualClock } from '@member-graph/common/time';
import { dataOf } from '@member-graph/common/testing';
import { LOYALTY_CONSUMER } from '../src/consumers';
import * as fixtures from '../../../scripts/stack/fixtures';
import { ledgerTotals, loyaltyOf, newCustomer, recordOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;

beforeAll(async () => {
  h = await startHarness('loyaltyreferral', { clock });
});
afterAll(async () => {
  await h?.stop();
});

const referral = async (refereeId: string) =>
  (await h.stack.subgraphs.loyalty.dataSource.query(`select referrer_id, status, refusal_reason from loyalty.referrals where referee_id = $1`, [refereeId]))[0];
const rewards = (id: string) =>
  h.stack.subgraphs.loyalty.dataSource.query(`select type, amount from loyalty.points_entries where customer_id = $1 and reason_code in ('REFERRAL', 'REFERRAL_VOID') order by id`, [id]);
const MERGE = `mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) { id } }`;

test('a referee registering with a code links to the referrer; their first paid order rewards both, once', async () => {
  const referrer = await newCustomer(h);
  const code = (await loyaltyOf(h, referrer, await h.stack.token('customer', referrer))).referralCode;
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
  const referee = await newCustomer(h, { referralCode: code.toLowerCase() });
  expect(await referral(referee)).toEqual({ referrer_id: referrer, status: 'PENDING', refusal_reason: null });

  await recordOrder(h, referee, '50.00', { paidAt: clock.now() });
  await recordOrder(h, referee, '60.00', { paidAt: clock.now() });
  await h.stack.settle();
  expect(await referral(referee)).toMatchObject({ status: 'REWARDED' });
  expect(await rewards(referrer)).toEqual([{ type: 'EARN', amount: 200 }]);
  expect(await rewards(referee)).toEqual([{ type: 'EARN', amount: 100 }]);
  expect((await loyaltyOf(h, referee)).points.balance).toBe(50 + 60 + 100);
  expect((await loyaltyOf(h, referrer)).badges.map((b: { code: string }) => b.code)).toEqual(['FIRST_REFERRAL']);

  // redelivering every event changes nothing
  const ds = h.stack.subgraphs.loyalty.dataSource;
  await ds.query(`update loyalty.consumer_offsets set position = 0 where consumer = $1`, [LOYALTY_CONSUMER]);
  await ds.query(`delete from loyalty.processed_events where consumer = $1`, [LOYALTY_CONSUMER]);
  await h.stack.settle();
  expect(await rewards(referrer)).toEqual([{ type: 'EARN', amount: 200 }]);
  expect((await loyaltyOf(h, referee)).points.balance).toBe(210);
});

test('unknown codes, the same customer and merged customers are refused', async () => {
  const stranger = await newCustomer(h, { referralCode: 'ZZZZ9999' });
  expect(await referral(stranger)).toMatchObject({ status: 'REFUSED', refusal_reason: 'UNKNOWN_CODE' });

  // registrations that name the customer's own code, or the code of a customer they were merged with
  // (delivered through the customer subgraph's outbox, as a feed replaying registrations would)
  const self = await newCustomer(h);
  const selfCode = (await loyaltyOf(h, self)).referralCode;
  const survivor = await newCustomer(h);
  const merged = await newCustomer(h);
  dataOf(await h.gql(MERGE, { input: { survivorId: survivor, mergedId: merged, reason: 'same phone' } }, h.admin));
  await h.stack.settle();
  const mergedCode = (await h.stack.subgraphs.loyalty.dataSource.query(`select referral_code from loyalty.members where customer_id = $1`, [merged]))[0].referral_code;
  const freshSurvivorView = await newCustomer(h); // a control: the merged customer's code still refers to its survivor
  const outbox = new Outbox('customer');
  const registered = (customerId: string, referralCode: string) =>
    envelope('customer.registered', customerId, { customerId, registeredAt: clock.now().toISOString(), channel: 'APP', referralCode, birthday: null });
  await h.stack.subgraphs.customer.dataSource.transaction((tx) =>
    outbox.write(tx, registered(self, selfCode), registered(survivor, mergedCode), registered(freshSurvivorView, mergedCode)),
  );
  await h.stack.settle();
  expect(await referral(self)).toMatchObject({ status: 'REFUSED', refusal_reason: 'SAME_CUSTOMER' });
  expect(await referral(survivor)).toMatchObject({ status: 'REFUSED', refusal_reason: 'MERGED_CUSTOMERS' });
  expect(await referral(freshSurvivorView)).toEqual({ referrer_id: survivor, status: 'PENDING', refusal_reason: null });
});

test('a referral between customers later found to be one person is voided and its rewards reversed', async () => {
  const referrer = await newCustomer(h);
  const code = (await loyaltyOf(h, referrer)).referralCode;
  const referee = await newCustomer(h, { referralCode: code });
  await recordOrder(h, referee, '100.00', { paidAt: clock.now() });
  await h.stack.settle();
  expect((await loyaltyOf(h, referrer)).points.balance).toBe(200);
  dataOf(await h.gql(MERGE, { input: { survivorId: referrer, mergedId: referee, reason: 'same unionid' } }, h.admin));
  await h.stack.settle();
  expect(await referral(referee)).toMatchObject({ status: 'VOID', refusal_reason: 'MERGED_CUSTOMERS' });
  const l = await loyaltyOf(h, referrer);
  expect(l.points.balance).toBe(100); // only the order's own points remain
  expect(await ledgerTotals(h, referrer)).toEqual({ ledger: 100, lots: 100 });

  // a pending referral is voided before it ever pays
  const other = await newCustomer(h);
  const otherCode = (await loyaltyOf(h, other)).referralCode;
  const alias = await newCustomer(h, { referralCode: otherCode });
  dataOf(await h.gql(MERGE, { input: { survivorId: other, mergedId: alias } }, h.admin));
  await h.stack.settle();
  await recordOrder(h, alias, '30.00', { paidAt: clock.now() }); // lands on the survivor
  await h.stack.settle();
  expect(await referral(alias)).toMatchObject({ status: 'VOID' });
  expect(await rewards(other)).toEqual([]);
});

test('a second account with the referrer\'s own phone is refused at referral time (SAME_PERSON) and never paid, before any merge', async () => {
  /** Registers through the gateway with a profile (and a code), then lets loyalty consume it. */
  const register = async (profile: Record<string, unknown>, referralCode?: string) => {
    const id = await fixtures.newCustomer(h, { profile, referralCode });
    await h.stack.settle();
    return id;
  };
  const referrer = await register({ name: '推荐人', phone: '13700137000' });
  const code = (await loyaltyOf(h, referrer)).referralCode;
  // the same phone, written differently, on a new app account: the customer subgraph keeps both accounts
  const alias = await register({ name: '小号', phone: '+86 137 0013 7000' }, code);
  expect(await referral(alias)).toMatchObject({ status: 'REFUSED', refusal_reason: 'SAME_PERSON' });
  await recordOrder(h, alias, '80.00', { paidAt: clock.now() });
  await h.stack.settle();
  expect(await rewards(referrer)).toEqual([]);
  expect(await rewards(alias)).toEqual([]);
  expect((await loyaltyOf(h, referrer)).points.balance).toBe(0);
  expect((await loyaltyOf(h, alias)).points.balance).toBe(80);

  // a phone the referrer adds later counts too (customer.profile_updated carries the new fingerprints)
  const later = await register({ name: '后加手机' });
  dataOf(await h.gql(`mutation($id: ID!, $p: CustomerProfileInput!) { updateCustomerProfile(id: $id, input: $p) { id } }`, { id: later, p: { phone: '13700137001' } }, h.system));
  await h.stack.settle();
  const laterAlias = await register({ phone: '13700137001' }, (await loyaltyOf(h, later)).referralCode);
  expect(await referral(laterAlias)).toMatchObject({ status: 'REFUSED', refusal_reason: 'SAME_PERSON' });

  // so does a phone identity the referrer links later (the app's phone login, linkIdentity)
  const linked = await register({ name: '后绑手机' });
  dataOf(await h.gql(`mutation($id: ID!, $i: IdentityInput!) { linkIdentity(customerId: $id, identity: $i) { id } }`, { id: linked, i: { type: 'PHONE', value: '13700137003' } }, h.system));
  await h.stack.settle();
  const linkedAlias = await register({ phone: '13700137003' }, (await loyaltyOf(h, linked)).referralCode);
  expect(await referral(linkedAlias)).toMatchObject({ status: 'REFUSED', refusal_reason: 'SAME_PERSON' });

  // a different phone is a different person: linked as usual; loyalty never stored a phone, only fingerprints
  const friend = await register({ name: '朋友', phone: '13700137002' }, code);
  expect(await referral(friend)).toEqual({ referrer_id: referrer, status: 'PENDING', refusal_reason: null });
  const stored = await h.stack.subgraphs.loyalty.dataSource.query(`select fingerprint from loyalty.identity_fingerprints where customer_id = $1`, [referrer]);
  expect(stored).toHaveLength(1);
  expect(JSON.stringify(stored)).not.toMatch(/137\d{8}/);
});
