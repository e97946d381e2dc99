import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { CREATE_TEMPLATE, useMarketingStack } from './support';
import { ClaimCouponDocument, MyCouponsDocument } from '@member-graph/client-app';

const t0 = new Date('2026-01-15T02:00:00.000Z');
const clock = new ManualClock(t0);
const h = useMarketingStack('mkcoupons', clock, ['customer', 'marketing']);

const ISSUE = `mutation($i: IssueCouponInput!) { issueCoupon(input: $i) { replayed coupon { id code status validFrom validUntil source } } }`;
const REDEEM = `mutation($i: RedeemCouponInput!) { redeemCoupon(input: $i) { replayed discount coupon { status orderId redemptionChannel discount redeemedAt } } }`;
const REDEEM_STORE = `mutation($i: RedeemCouponInStoreInput!) { redeemCouponInStore(input: $i) { replayed discount coupon { status storeId storeTransactionId redemptionChannel } } }`;

const template = async (input: Record<string, unknown>) =>
  (await h.ok(CREATE_TEMPLATE, { i: { name: '券', stock: 100, validDays: 30, perCustomerLimit: 5, ...input } }, h.tokens.marketer)).createCouponTemplate.id as string;
const issue = async (templateId: string, customerId: string, key = `k-${Math.random()}`) =>
  (await h.ok(ISSUE, { i: { templateId, customerId, idempotencyKey: key } }, h.tokens.marketer)).issueCoupon.coupon;

beforeEach(() => clock.set(t0));

test('templates are validated with clear errors per problem', async () => {
  const bad = await h.gql(CREATE_TEMPLATE, { i: { name: '坏券', kind: 'PERCENT_OFF', percentOff: 120, stock: 0, validDays: 3 } }, h.tokens.marketer);
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.errors![0].message).toBe('The coupon template is invalid: percentOff: PERCENT_OFF needs percentOff 1–99; maxDiscountCents: PERCENT_OFF needs a cap: maxDiscount above 0; stock: stock must be 1–10,000,000');
  const both = await h.gql(CREATE_TEMPLATE, { i: { name: '坏券', kind: 'FREE_SHIPPING', stock: 5, validDays: 3, validUntil: '2027-01-01T00:00:00Z' } }, h.tokens.marketer);
  expect(both.errors![0].message).toMatch(/give exactly one of validUntil and validDays/);
  expect(await h.sql(`select count(*)::int as n from marketing.coupon_templates`)).toEqual([{ n: 0 }]);
});

test('online redemption: discount by kind, idempotent for the same order, refused for another', async () => {
  const customer = await h.customer();
  const token = await h.token('customer', customer);
  const mj = await template({ kind: 'THRESHOLD', threshold: '200.00', amountOff: '30.00', channels: ['ONLINE'] });
  const coupon = await issue(mj, customer);
  expect(coupon).toMatchObject({ status: 'AVAILABLE', source: 'STAFF', validFrom: t0.toISOString(), validUntil: new Date(t0.getTime() + 30 * DAY_MS).toISOString() });
  // below the threshold: refused, nothing changes
  expect(errorCodes(await h.gql(REDEEM, { i: { code: coupon.code, orderId: 'O-1', orderAmount: '199.99' } }, token))).toEqual(['COUPON_THRESHOLD_NOT_MET']);
  const first = (await h.ok(REDEEM, { i: { code: coupon.code, orderId: 'O-1', orderAmount: '250.00' } }, token)).redeemCoupon;
  expect(first).toMatchObject({ replayed: false, discount: '30.00', coupon: { status: 'REDEEMED', orderId: 'O-1', redemptionChannel: 'ONLINE', discount: '30.00' } });
  // the checkout retries: same answer; ten racing retries too
  const again = (await h.ok(REDEEM, { i: { code: coupon.code, orderId: 'O-1', orderAmount: '250.00' } }, h.tokens.system)).redeemCoupon;
  expect(again).toEqual({ ...first, replayed: true });
  const raced = await Promise.all(Array.from({ length: 10 }, () => h.gql(REDEEM, { i: { code: coupon.code, orderId: 'O-1', orderAmount: '250.00' } }, token)));
  expect(raced.every((r) => r.data?.redeemCoupon.replayed === true)).toBe(true);
  expect(errorCodes(await h.gql(REDEEM, { i: { code: coupon.code, orderId: 'O-2', orderAmount: '250.00' } }, token))).toEqual(['COUPON_ALREADY_REDEEMED']);
  // an online-only coupon cannot be used in a store
  const other = await issue(mj, customer);
  const store = await h.gql(REDEEM_STORE, { i: { code: other.code, storeId: 'SH-001', storeTransactionId: 'POS-1', amount: '300.00' } }, h.tokens.system);
  expect(errorCodes(store)).toEqual(['COUPON_CHANNEL_NOT_ALLOWED']);
  const [{ n }] = await h.sql(`select count(*)::int as n from marketing.outbox where type = 'marketing.coupon_redeemed'`);
  expect(n).toBe(1);
});

test('percent off with a cap and free shipping', async () => {
  const customer = await h.customer();
  const token = await h.token('customer', customer);
  const pct = await issue(await template({ kind: 'PERCENT_OFF', percentOff: 15, maxDiscount: '30.00' }), customer);
  expect((await h.ok(REDEEM, { i: { code: pct.code, orderId: 'P-1', orderAmount: '100.01' } }, token)).redeemCoupon.discount).toBe('15.00');
  const capped = await issue(await template({ kind: 'PERCENT_OFF', percentOff: 15, maxDiscount: '30.00' }), customer);
  expect((await h.ok(REDEEM, { i: { code: capped.code, orderId: 'P-2', orderAmount: '500.00' } }, token)).redeemCoupon.discount).toBe('30.00');
  const ship = await issue(await template({ kind: 'FREE_SHIPPING' }), customer);
  expect((await h.ok(REDEEM, { i: { code: ship.code, orderId: 'P-3', orderAmount: '50.00', shippingAmount: '12.00' } }, token)).redeemCoupon.discount).toBe('12.00');
});

test('store redemption is idempotent by the store transaction id; the same id with another coupon is refused', async () => {
  const customer = await h.customer();
  const off = await template({ kind: 'AMOUNT_OFF', amountOff: '20.00', channels: ['STORE'] });
  const coupon = await issue(off, customer);
  const input = { code: coupon.code.toLowerCase(), storeId: 'SH-001', storeTransactionId: 'POS-778', amount: '88.00' };
  const raced = await Promise.all(Array.from({ length: 8 }, () => h.gql(REDEEM_STORE, { i: input }, h.tokens.system)));
  expect(raced.map((r) => errorCodes(r))).toEqual(Array(8).fill([]));
  expect(raced.filter((r) => r.data.redeemCouponInStore.replayed === false)).toHaveLength(1);
  expect(raced[0].data.redeemCouponInStore).toMatchObject({ discount: '20.00', coupon: { status: 'REDEEMED', storeId: 'SH-001', storeTransactionId: 'POS-778', redemptionChannel: 'STORE' } });
  const another = await issue(off, customer);
  expect(errorCodes(await h.gql(REDEEM_STORE, { i: { ...input, code: another.code } }, h.tokens.system))).toEqual(['STORE_TRANSACTION_REUSED']);
  // customers and agents cannot redeem at a till; a customer cannot redeem someone else's coupon
  expect(errorCodes(await h.gql(REDEEM_STORE, { i: { ...input, code: another.code, storeTransactionId: 'POS-9' } }, h.tokens.agent))).toEqual(['FORBIDDEN']);
  const stranger = await h.token('customer', await h.customer());
  expect(errorCodes(await h.gql(REDEEM, { i: { code: another.code, orderId: 'X', orderAmount: '10.00' } }, stranger))).toEqual(['NOT_FOUND']);
});

test('expired coupons cannot be redeemed and show as EXPIRED; templates past their window issue no more', async () => {
  const customer = await h.customer();
  const token = await h.token('customer', customer);
  const week = await template({ kind: 'AMOUNT_OFF', amountOff: '5.00', validDays: 7 });
  const coupon = await issue(week, customer);
  clock.set(new Date(t0.getTime() + 7 * DAY_MS)); // the last instant it is valid
  expect((await h.ok(MyCouponsDocument, {}, token)).me.coupons).toEqual([{ code: coupon.code, status: 'AVAILABLE' }]);
  clock.set(new Date(t0.getTime() + 7 * DAY_MS + 1000));
  expect(await h.ok(MyCouponsDocument, {}, token)).toEqual({ me: { coupons: [{ code: coupon.code, status: 'EXPIRED' }], available: [] } });
  const refused = await h.gql(REDEEM, { i: { code: coupon.code, orderId: 'late', orderAmount: '50.00' } }, token);
  expect(errorCodes(refused)).toEqual(['COUPON_EXPIRED']);
  expect(await h.sql(`select status from marketing.coupons where code = $1`, [coupon.code])).toEqual([{ status: 'ISSUED' }]);

  clock.set(t0);
  const window = await template({ kind: 'AMOUNT_OFF', amountOff: '5.00', validDays: null, validUntil: new Date(t0.getTime() + DAY_MS).toISOString() });
  clock.set(new Date(t0.getTime() + 2 * DAY_MS));
  expect(errorCodes(await h.gql(ISSUE, { i: { templateId: window, customerId: customer, idempotencyKey: 'late' } }, h.tokens.marketer))).toEqual(['COUPON_TEMPLATE_EXPIRED']);
});

test('roles: marketers manage templates and issue; agents only read; customers claim for themselves', async () => {
  const customer = await h.customer();
  const token = await h.token('customer', customer);
  const input = { name: 'x', kind: 'AMOUNT_OFF', amountOff: '1.00', validDays: 1, stock: 1 };
  expect(errorCodes(await h.gql(CREATE_TEMPLATE, { i: input }, h.tokens.agent))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(CREATE_TEMPLATE, { i: input }, token))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(CREATE_TEMPLATE, { i: input }))).toEqual(['UNAUTHENTICATED']);
  const staffOnly = await template({ kind: 'AMOUNT_OFF', amountOff: '1.00', claimable: false });
  expect(errorCodes(await h.gql(ISSUE, { i: { templateId: staffOnly, customerId: customer, idempotencyKey: 'a' } }, h.tokens.agent))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(ClaimCouponDocument, { input: { templateId: staffOnly, idempotencyKey: 'a' } }, token))).toEqual(['COUPON_NOT_CLAIMABLE']);
  expect(errorCodes(await h.gql(ClaimCouponDocument, { input: { templateId: staffOnly, idempotencyKey: 'a' } }, h.tokens.marketer))).toEqual(['FORBIDDEN']);
  // the coupon centre shows customers only what they can claim
  const centre = (await h.ok(`{ couponTemplates { id claimable } }`, {}, token)).couponTemplates;
  expect(centre.every((t: { claimable: boolean }) => t.claimable)).toBe(true);
  expect(centre.map((t: { id: string }) => t.id)).not.toContain(staffOnly);
  // an agent reads a customer's coupons; another customer cannot
  await issue(staffOnly, customer, 'gift');
  const Q = `query($id: ID!) { customer(id: $id) { id coupons { status } } }`;
  expect((await h.ok(Q, { id: customer }, h.tokens.agent)).customer.coupons).toEqual([{ status: 'AVAILABLE' }]);
  const stranger = await h.token('customer', await h.customer());
  expect(errorCodes(await h.gql(Q, { id: customer }, stranger))).toEqual(['NOT_FOUND']);
});
