/**
 * Issue 15, tier benefits that do something: the free-return allowance of a loyalty tier is honoured by
 * the return flow. Service learns each tier's allowance from `loyalty.programme_changed` and the
 * customer's tier from `loyalty.tier_changed` (never loyalty's tables); a return opened while the
 * allowance for the calendar year (Asia/Shanghai) lasts has free shipping (`freeReturn: true`), beyond
 * it the return is still accepted, not free; a cancelled or rejected return gives its free shipment back.
 */
import { MyBenefitsDocument } from '@member-graph/client-app';
import { ManualClock } from '@member-graph/common/time';
import { newCustomer, recordOrder, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svcfreereturns', clock, ['customer', 'loyalty', 'service']);

const OPEN = `mutation($i: OpenReturnInput!) { openReturn(input: $i) { id stage freeReturn } }`;
const CANCEL = `mutation($i: ReturnDecisionInput!) { cancelReturn(input: $i) { id stage } }`;
const REJECT = `mutation($i: ReturnDecisionInput!) { rejectReturn(input: $i) { id stage } }`;
const THEIRS = `query($id: ID!) { customer(id: $id) { freeReturns { year allowance used remaining } } }`;
const PROGRAMME = `{ loyaltyProgramme { version programme { tiers { code nameZh nameEn threshold benefits { pointsMultiplier birthdayGiftPoints birthdayMultiplier freeReturnShipping servicePriority birthdayCouponTemplateId } }
  badges { code nameZh nameEn metric threshold } earning { pointsPerYuan growthPerYuan } } } }`;
const UPDATE = `mutation($i: UpdateLoyaltyProgrammeInput!) { updateLoyaltyProgramme(input: $i) { version } }`;

const LINES = ['A', 'B', 'C', 'D', 'E'].map((sku) => ({ sku, quantity: 1, amount: '250.00' })); // 1,250 yuan: SILVER

const open = async (orderId: string, sku: string, token: string) =>
  (await h.ok(OPEN, { i: { orderId, lines: [{ sku, quantity: 1 }], reason: '不合适' } }, token)).openReturn as { id: string; stage: string; freeReturn: boolean };
/** The member app's own operation (clients/app, trusted in production): tier benefits and free returns. */
const mine = async (token: string) => (await h.ok(MyBenefitsDocument, {}, token)).me!;

/** An admin sets a tier's free-return allowance through loyalty's programme; service learns it from the event. */
async function setAllowance(tier: string, freeReturnShipping: number) {
  const { version, programme } = (await h.ok(PROGRAMME, {}, h.tokens.admin)).loyaltyProgramme;
  programme.tiers.find((t: any) => t.code === tier).benefits.freeReturnShipping = freeReturnShipping;
  await h.ok(UPDATE, { i: { ...programme, reason: `${tier} free returns ${freeReturnShipping}`, expectedVersion: version } }, h.tokens.admin);
  await h.stack.settle();
}

test('free while the tier allowance lasts this year, then accepted but not free; a cancelled or rejected return gives its free shipment back', async () => {
  clock.set('2026-03-02T02:00:00.000Z');
  const c = await newCustomer(h);
  const orderId = await recordOrder(h, c.id, LINES, clock.now()); // loyalty: SILVER (1 free return a year by default) → tier_changed → service
  expect(await mine(c.token)).toMatchObject({
    freeReturns: { year: 2026, allowance: 1, used: 0, remaining: 1 },
    loyalty: { tier: { code: 'SILVER', nameEn: 'Silver', benefits: { freeReturnShipping: 1, pointsMultiplier: 1.2, birthdayGiftPoints: 100, birthdayCouponTemplateId: null } } },
  });

  const first = await open(orderId, 'A', c.token);
  expect(first.freeReturn).toBe(true);
  const second = await open(orderId, 'B', c.token);
  expect(second).toMatchObject({ freeReturn: false }); // beyond the allowance: still a return, shipping not free
  expect((await mine(c.token)).freeReturns).toEqual({ year: 2026, allowance: 1, used: 1, remaining: 0 });

  // the free one is cancelled: its shipment comes back for the next return
  await h.ok(CANCEL, { i: { returnId: first.id, note: '不退了' } }, c.token);
  expect((await mine(c.token)).freeReturns).toMatchObject({ used: 0, remaining: 1 });
  const third = await open(orderId, 'C', c.token);
  expect(third.freeReturn).toBe(true);
  await h.ok(REJECT, { i: { returnId: third.id, note: '商品已使用' } }, h.tokens.agent);
  expect((await mine(c.token)).freeReturns).toMatchObject({ used: 0, remaining: 1 });

  // staff read it; marketers do not
  expect((await h.ok(THEIRS, { id: c.id }, h.tokens.agent)).customer.freeReturns).toMatchObject({ allowance: 1, used: 0 });
  expect(await h.codes(THEIRS, { id: c.id }, h.tokens.marketer)).toContain('FORBIDDEN');
  const rows = await h.query<{ id: string; free_return: boolean }>(`select id, free_return from service.returns where customer_id = $1`, [c.id]);
  expect(Object.fromEntries(rows.map((r) => [r.id, r.free_return]))).toEqual({ [first.id]: true, [second.id]: false, [third.id]: true });
});

test('an admin raising the allowance in the loyalty programme takes effect in the return flow; a new year starts afresh', async () => {
  clock.set('2026-06-10T02:00:00.000Z');
  const c = await newCustomer(h);
  const orderId = await recordOrder(h, c.id, LINES, clock.now());
  expect((await open(orderId, 'A', c.token)).freeReturn).toBe(true);
  expect((await open(orderId, 'B', c.token)).freeReturn).toBe(false);

  await setAllowance('SILVER', 3);
  expect((await mine(c.token)).freeReturns).toEqual({ year: 2026, allowance: 3, used: 1, remaining: 2 });
  expect((await open(orderId, 'C', c.token)).freeReturn).toBe(true);
  expect((await open(orderId, 'D', c.token)).freeReturn).toBe(true);
  expect((await open(orderId, 'E', c.token)).freeReturn).toBe(false);
  expect((await mine(c.token)).freeReturns).toEqual({ year: 2026, allowance: 3, used: 3, remaining: 0 });

  // 1 January 00:30 in Shanghai (still 31 December in UTC): a new calendar year, a fresh allowance
  clock.set('2026-12-31T16:30:00.000Z');
  const next = await recordOrder(h, c.id, [{ sku: 'F', quantity: 1, amount: '50.00' }], clock.now());
  expect((await mine(c.token)).freeReturns).toEqual({ year: 2027, allowance: 3, used: 0, remaining: 3 });
  expect((await open(next, 'F', c.token)).freeReturn).toBe(true);
});

test('a customer loyalty has not upgraded gets the base tier allowance (0 by default, then what the admin sets)', async () => {
  clock.set('2027-02-01T02:00:00.000Z');
  const c = await newCustomer(h);
  const orderId = await recordOrder(h, c.id, [{ sku: 'S', quantity: 2, amount: '100.00' }], clock.now());
  expect((await mine(c.token)).freeReturns).toEqual({ year: 2027, allowance: 0, used: 0, remaining: 0 });
  expect((await open(orderId, 'S', c.token)).freeReturn).toBe(false);
  await setAllowance('MEMBER', 1);
  const other = await newCustomer(h);
  const second = await recordOrder(h, other.id, [{ sku: 'S', quantity: 1, amount: '100.00' }], clock.now());
  expect((await open(second, 'S', other.token)).freeReturn).toBe(true);
  expect((await mine(other.token)).freeReturns).toEqual({ year: 2027, allowance: 1, used: 1, remaining: 0 });
});

test('two returns opened at once by one customer cannot both take the last free shipment', async () => {
  clock.set('2027-03-01T02:00:00.000Z');
  const c = await newCustomer(h);
  const a = await recordOrder(h, c.id, [{ sku: 'X', quantity: 1, amount: '100.00' }], clock.now());
  const b = await recordOrder(h, c.id, [{ sku: 'Y', quantity: 1, amount: '100.00' }], clock.now());
  const both = await Promise.all([open(a, 'X', c.token), open(b, 'Y', c.token)]); // MEMBER: 1 free (set above)
  expect(both.map((r) => r.freeReturn).sort()).toEqual([false, true]);
});

test('a free-return voucher exchanged for points gives one more free return in its year, once per exchange', async () => {
  clock.set('2027-04-01T02:00:00.000Z');
  const c = await newCustomer(h);
  const orderId = await recordOrder(h, c.id, LINES, clock.now()); // SILVER, and points to spend
  await setAllowance('SILVER', 0);
  const reward = `mutation($i: CreateRewardInput!) { createReward(input: $i) { id } }`;
  const { id: rewardId } = (await h.ok(reward, { i: { name: 'Free return voucher', kind: 'FREE_RETURN_VOUCHER', pointsPrice: 100 } }, h.tokens.admin)).createReward;
  const exchange = `mutation($i: ExchangeRewardInput!) { exchangeReward(input: $i) { replayed exchange { kind } } }`;
  await h.stack.settle();
  expect((await h.ok(exchange, { i: { rewardId, idempotencyKey: 'voucher-1' } }, c.token)).exchangeReward).toEqual({ replayed: false, exchange: { kind: 'FREE_RETURN_VOUCHER' } });
  expect((await h.ok(exchange, { i: { rewardId, idempotencyKey: 'voucher-1' } }, c.token)).exchangeReward.replayed).toBe(true);
  await h.stack.settle();
  expect((await mine(c.token)).freeReturns).toEqual({ year: 2027, allowance: 1, used: 0, remaining: 1 });
  expect((await open(orderId, 'A', c.token)).freeReturn).toBe(true);
  expect((await open(orderId, 'B', c.token)).freeReturn).toBe(false);
  // the voucher is the year's: the next year starts with the tier's allowance only
  clock.set('2028-01-05T02:00:00.000Z');
  expect((await mine(c.token)).freeReturns).toEqual({ year: 2028, allowance: 0, used: 0, remaining: 0 });
  // a gift exchanged is not service's business
  const { id: giftId } = (await h.ok(reward, { i: { name: 'Tote', kind: 'GIFT', pointsPrice: 100 } }, h.tokens.admin)).createReward;
  await h.ok(exchange, { i: { rewardId: giftId, idempotencyKey: 'gift-1' } }, c.token);
  await h.stack.settle();
  expect((await mine(c.token)).freeReturns?.allowance).toBe(0);
});
