import { randomUUID } from 'node:crypto';
import { envelope, Outbox } from '@member-graph/common/events';
import { ManualClock } from '@member-graph/common/time';
import { dataOf, errorCodes } from '@member-graph/common/testing';
import { LOYALTY_CONSUMER } from '../src/consumers';
import { ledgerTotals, loyaltyOf, newCustomer, recordOrder, refundOrder, startHarness, type Harness } from './support';

/**
 * Erasure, loyalty's part (PIPL Art. 47, DESIGN §7): on customer.erased the person's check-ins,
 * engagements, badges, birthday grants, birthday and referral code go (for the customers merged into
 * them too); the ledger stays as an anonymous account with the balance forfeited; later events only
 * reverse earlier earnings, the jobs pass the account by, and redelivery changes nothing.
 */
const clock = new ManualClock('2026-01-15T02:00:00.000Z');
let h: Harness;
let person: string; // erased
let former: string; // merged into `person` before the erasure
let referrer: string; // referred `person`; a control that keeps everything
let referee: string; // registered with `person`'s code, first order after the erasure
const codes = {} as Record<'person' | 'former' | 'referrer', string>;
let orderId: string;
let ledgerBefore: unknown[];
let accountBefore: Record<string, unknown[]>;

const sql = (query: string, params: unknown[] = []) => h.stack.subgraphs.loyalty.dataSource.query(query, params);
const job = (name: string) => h.stack.subgraphs.loyalty.jobs.find((j) => j.name === name)!.run();
const entries = (id: string) =>
  sql(`select type, amount, balance_after, reason_code, idempotency_key from loyalty.points_entries where customer_id = $1 order by id`, [id]);
const referral = async (refereeId: string) =>
  (await sql(`select referrer_id, status, refusal_reason from loyalty.referrals where referee_id = $1`, [refereeId]))[0];
const PERSONAL = ['check_ins', 'engagements', 'customer_badges', 'birthday_grants'];
const personalRows = async (ids: string[]) => {
  const counts: Record<string, number> = {};
  for (const t of PERSONAL) counts[t] = (await sql(`select count(*)::int as n from loyalty.${t} where customer_id = any($1::uuid[])`, [ids]))[0].n;
  counts.referrals = (await sql(`select count(*)::int as n from loyalty.referrals where referee_id = any($1::uuid[])`, [ids]))[0].n;
  return counts;
};
const NO_PERSONAL_ROWS = { check_ins: 0, engagements: 0, customer_badges: 0, birthday_grants: 0, referrals: 0 };

/** Every loyalty row of the erased person and their former id, table by table. */
const TABLES: Record<string, string> = {
  members: 'customer_id',
  points_entries: 'id',
  points_lots: 'entry_id',
  growth_entries: 'id',
  tier_changes: 'id',
  order_earnings: 'order_id',
  order_refunds: 'refund_id',
  check_ins: 'day',
  engagements: 'id',
  customer_badges: 'code',
  birthday_grants: 'year',
};
async function accountRows(ids = [person, former]) {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES)) {
    out[table] = (await sql(`select to_jsonb(t) as r from loyalty.${table} t where customer_id = any($1::uuid[]) order by ${order}`, [ids])).map((x: { r: unknown }) => x.r);
  }
  out.referrals = (await sql(`select to_jsonb(t) as r from loyalty.referrals t where referee_id = any($1::uuid[]) or referrer_id = any($1::uuid[]) order by referee_id`, [ids])).map(
    (x: { r: unknown }) => x.r,
  );
  return out;
}

const CHECK_IN = `mutation { checkIn { checkedIn } }`;
const ENGAGE = `mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { growth } }`;
const MERGE = `mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) { id } }`;
const ERASE = `mutation($id: ID!, $reason: String!) { eraseCustomer(customerId: $id, reason: $reason) { customerId formerIds } }`;

beforeAll(async () => {
  h = await startHarness('loyaltyerasure', { clock });
  // 15 January 2026: the person registers with a referral code, orders (SILVER), checks in and reviews
  referrer = await newCustomer(h, { birthday: '1988-03-15' });
  codes.referrer = (await loyaltyOf(h, referrer)).referralCode;
  person = await newCustomer(h, { birthday: '1990-03-08', referralCode: codes.referrer });
  codes.person = (await loyaltyOf(h, person)).referralCode;
  referee = await newCustomer(h, { referralCode: codes.person });
  const token = await h.stack.token('customer', person);
  orderId = await recordOrder(h, person, '1000.00', { paidAt: clock.now() });
  await h.stack.settle();
  dataOf(await h.gql(CHECK_IN, {}, token));
  dataOf(await h.gql(ENGAGE, { input: { kind: 'REVIEW', sourceId: 'review-erase-1' } }, token));
  // an older account of the same person, with its own order and share, merged in
  former = await newCustomer(h, { birthday: '1985-03-20' });
  codes.former = (await loyaltyOf(h, former)).referralCode;
  await recordOrder(h, former, '50.00', { paidAt: clock.now() });
  await h.stack.settle();
  dataOf(await h.gql(ENGAGE, { input: { kind: 'SHARE', sourceId: 'share-erase-1' } }, await h.stack.token('customer', former)));
  dataOf(await h.gql(MERGE, { input: { survivorId: person, mergedId: former, reason: 'same phone' } }, h.admin));
  await h.stack.settle();
  // 1 March (Shanghai): the birthday gift at SILVER
  clock.set('2026-02-28T16:00:00.000Z');
  await job('loyalty.birthday-grants');

  const l = await loyaltyOf(h, person);
  expect(l).toMatchObject({ tier: { code: 'SILVER' }, points: { balance: 1000 + 100 + 50 + 100 } });
  expect(l.badges.length).toBeGreaterThan(0);
  expect(await personalRows([person, former])).toEqual({ check_ins: 1, engagements: 2, customer_badges: 3, birthday_grants: 1, referrals: 1 });
  ledgerBefore = await entries(person);
  accountBefore = await accountRows();

  clock.set('2026-03-02T02:00:00.000Z');
  const erased = dataOf(await h.gql(ERASE, { id: person, reason: 'PIPL request, ticket 77' }, h.admin)).eraseCustomer;
  expect(erased).toEqual({ customerId: person, formerIds: [former] });
  await h.stack.settle();
});
afterAll(async () => {
  await h?.stop();
});

test('what describes the person is deleted or blanked, for the former account too; other customers keep theirs', async () => {
  expect(await personalRows([person, former])).toEqual(NO_PERSONAL_ROWS);
  const members = await sql(
    `select customer_id, erased_at is not null as erased, referral_code, birthday, birthday_due_at, tier_review_at, registered_at
     from loyalty.members where customer_id = any($1::uuid[]) order by customer_id`,
    [[person, former]],
  );
  const blank = { erased: true, referral_code: null, birthday: null, birthday_due_at: null, tier_review_at: null, registered_at: null };
  expect(members).toEqual([person, former].sort().map((customer_id) => ({ customer_id, ...blank })));
  // the referrer keeps its badge, its birthday gift and its reward for having referred (now an anonymous id)
  expect(await sql(`select code from loyalty.customer_badges where customer_id = $1`, [referrer])).toEqual([{ code: 'FIRST_REFERRAL' }]);
  expect(await personalRows([referrer])).toMatchObject({ customer_badges: 1, birthday_grants: 1 });
  expect((await loyaltyOf(h, referrer)).points.balance).toBe(200 + 50);
});

test('the ledger stays as accounting records, the balance forfeited with one EXPIRE entry', async () => {
  expect(await entries(person)).toEqual([
    ...ledgerBefore,
    { type: 'EXPIRE', amount: -1250, balance_after: 0, reason_code: 'ERASURE', idempotency_key: `erasure:${person}` },
  ]);
  expect(await ledgerTotals(h, person)).toEqual({ ledger: 0, lots: 0 });
  const after = await accountRows();
  for (const table of ['growth_entries', 'tier_changes', 'order_earnings', 'order_refunds']) expect(after[table]).toEqual(accountBefore[table]);
  expect(after.order_earnings).toHaveLength(2);
  expect(after.growth_entries.length).toBeGreaterThan(0);
});

test('the referral codes link no one; a pending referee still gets their reward, the erased referrer nothing', async () => {
  const withPersonCode = await newCustomer(h, { referralCode: codes.person });
  const withFormerCode = await newCustomer(h, { referralCode: codes.former });
  for (const id of [withPersonCode, withFormerCode]) expect(await referral(id)).toEqual({ referrer_id: null, status: 'REFUSED', refusal_reason: 'UNKNOWN_CODE' });

  expect(await referral(referee)).toMatchObject({ referrer_id: person, status: 'PENDING' });
  await recordOrder(h, referee, '30.00', { paidAt: clock.now() });
  await h.stack.settle();
  expect(await referral(referee)).toMatchObject({ status: 'REWARDED' });
  expect((await loyaltyOf(h, referee)).points.balance).toBe(30 + 100);
  expect(await ledgerTotals(h, person)).toEqual({ ledger: 0, lots: 0 });
  expect(await personalRows([person, former])).toEqual(NO_PERSONAL_ROWS);
});

test('later events only reverse earlier earnings; nothing personal comes back, and the person can no longer act', async () => {
  await refundOrder(h, orderId, '400.00');
  await h.stack.settle();
  const ledger = await entries(person);
  expect(ledger[ledger.length - 1]).toMatchObject({ type: 'REVERSE', amount: -400, balance_after: -400, reason_code: 'ORDER_REFUND' });
  expect(await ledgerTotals(h, person)).toEqual({ ledger: -400, lots: 0 });
  const [growth] = await sql(`select amount from loyalty.growth_entries where customer_id = $1 and reason_code = 'ORDER_REFUND'`, [person]);
  expect(growth).toEqual({ amount: -400 });

  // late events about the person (a feed replaying them) recreate nothing, earn nothing and merge nothing in
  const stranger = await newCustomer(h);
  const before = await accountRows();
  const outbox = new Outbox('customer');
  const at = clock.now().toISOString();
  await h.stack.subgraphs.customer.dataSource.transaction((tx) =>
    outbox.write(
      tx,
      envelope('customer.registered', person, { customerId: person, registeredAt: at, channel: 'APP', referralCode: codes.referrer, birthday: '1990-03-08' }),
      envelope('customer.profile_updated', person, { customerId: person, birthday: '1990-03-08', region: null }),
      envelope('customer.profile_updated', former, { customerId: former, birthday: '1985-03-20', region: null }),
      envelope('customer.merged', person, { survivorId: person, mergedId: stranger }),
      envelope('order.recorded', randomUUID(), {
        orderId: randomUUID(),
        externalNo: 'late-1',
        customerId: former,
        channel: 'APP',
        storeId: null,
        paidAt: at,
        amountCents: 20000,
        lines: [{ sku: 'SKU-1', category: null, quantity: 1, amountCents: 20000 }],
      }),
    ),
  );
  await h.stack.settle();
  expect(await accountRows()).toEqual(before);

  // a customer token issued before the erasure no longer checks in, and staff record nothing for them
  expect(errorCodes(await h.gql(CHECK_IN, {}, await h.stack.token('customer', person)))).toEqual(['ACCOUNT_ERASED']);
  expect(errorCodes(await h.gql(ENGAGE, { input: { customerId: person, kind: 'SHARE', sourceId: 'share-late' } }, h.system))).toEqual(['NOT_FOUND']);
  expect(await personalRows([person, former])).toEqual(NO_PERSONAL_ROWS);
});

test('the birthday job, the tier review and the expiry job pass the erased account by', async () => {
  const before = await accountRows();
  clock.set('2027-03-20T02:00:00.000Z'); // the birthday month, and past the SILVER period and its grace
  await job('loyalty.birthday-grants');
  await job('loyalty.tier-review');
  await job('loyalty.points-expiry');
  expect(await accountRows()).toEqual(before);
  // the control did get its 2027 gift: the job ran
  const gifts = await sql(`select source_id from loyalty.points_entries where customer_id = $1 and reason_code = 'BIRTHDAY_GIFT' order by id`, [referrer]);
  expect(gifts).toEqual([{ source_id: '2026' }, { source_id: '2027' }]);
});

test('redelivering every event, the erasure included, changes nothing', async () => {
  const before = await accountRows();
  await sql(`update loyalty.consumer_offsets set position = 0 where consumer = $1`, [LOYALTY_CONSUMER]);
  await sql(`delete from loyalty.processed_events where consumer = $1`, [LOYALTY_CONSUMER]);
  await h.stack.settle();
  expect(await accountRows()).toEqual(before);
  expect(await personalRows([person, former])).toEqual(NO_PERSONAL_ROWS);
  const ledger = await entries(person);
  expect(ledger.reduce((sum: number, e: { amount: number }) => sum + e.amount, 0)).toBe(ledger[ledger.length - 1].balance_after);
});
