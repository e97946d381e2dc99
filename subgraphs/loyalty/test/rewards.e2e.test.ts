import { ExchangeRewardDocument, MyRewardExchangesDocument, RewardCatalogueDocument } from '@member-graph/client-app';
import { ManualClock } from '@member-graph/common/time';
import { dataOf, errorCodes } from '@member-graph/common/testing';
import { grantPoints, ledgerTotals, loyaltyOf, newCustomer, pageCost, recordOrder, startHarness, type Harness } from './support';

const clock = new ManualClock('2026-02-10T02:00:00.000Z');
let h: Harness;
beforeAll(async () => void (h = await startHarness('loyaltyrewards', { clock })));
afterAll(() => h?.stop());

const REWARD_FIELDS = `id name description kind couponTemplateId pointsPrice price tierPrices { tier ratio price } stock remaining active validFrom validUntil availability`;
const CREATE = `mutation($input: CreateRewardInput!) { createReward(input: $input) { ${REWARD_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRewardInput!) { updateReward(input: $input) { ${REWARD_FIELDS} } }`;
const CATALOGUE = `query($first: Int, $after: String, $all: Boolean) { rewards(first: $first, after: $after, includeInactive: $all) {
  nodes { ${REWARD_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const EXCHANGE = `mutation($input: ExchangeRewardInput!) { exchangeReward(input: $input) {
  balance replayed exchange { id rewardId rewardName kind couponTemplateId tier points entryId } } }`;
const EXCHANGES = `query($id: ID!, $first: Int, $after: String) { customer(id: $id) { loyalty { rewardExchanges(first: $first, after: $after) {
  totalCount nodes { id rewardId rewardName points tier } pageInfo { hasNextPage endCursor } } } } }`;

const db = () => h.stack.subgraphs.loyalty.dataSource;
const create = (input: Record<string, unknown>, token = h.admin) => h.gql(CREATE, { input }, token);
const gift = (over: Record<string, unknown> = {}) => ({ name: 'Canvas tote', kind: 'GIFT', pointsPrice: 1000, ...over });
const createOk = async (input: Record<string, unknown>) => dataOf(await create(input)).createReward;
const exchange = (token: string, rewardId: string, idempotencyKey: string) => h.gql(EXCHANGE, { input: { rewardId, idempotencyKey } }, token);
const rewardRow = async (id: string) => (await db().query(`select * from loyalty.rewards where id = $1`, [id]))[0];

/** The ledger invariant: the balance is the sum of the entries, each line's balanceAfter follows from the one before, and the open lots hold the positive balance. */
async function expectLedgerConsistent(customerId: string, balance: number) {
  expect(await ledgerTotals(h, customerId)).toEqual({ ledger: balance, lots: Math.max(0, balance) });
  const lines: { amount: number; balance_after: number }[] = await db().query(`select amount, balance_after from loyalty.points_entries where customer_id = $1 order by id`, [customerId]);
  const running = lines.reduce<number[]>((sums, line) => [...sums, (sums[sums.length - 1] ?? 0) + line.amount], []);
  expect(lines.map((line) => line.balance_after)).toEqual(running);
}

/** A member with points: a GOLD one through a 5,000 yuan order (7,500 points), else an admin grant. */
async function member(points: number, gold = false) {
  const id = await newCustomer(h);
  if (gold) {
    await recordOrder(h, id, '5000.00', { paidAt: clock.now() });
    await h.stack.settle();
  }
  if (points > 0) await grantPoints(h, id, points);
  return { id, token: await h.stack.token('customer', id) };
}

test('admins create and edit rewards; everyone else is refused; bad input is refused and changes nothing', async () => {
  const created = await createOk(gift({ description: 'Organic cotton', tierRatios: [{ tier: 'GOLD', ratio: 0.8 }, { tier: 'DIAMOND', ratio: 0.55 }], stock: 10 }));
  expect(created).toMatchObject({ name: 'Canvas tote', kind: 'GIFT', pointsPrice: 1000, price: 1000, stock: 10, remaining: 10, active: true, availability: 'AVAILABLE' });
  expect(created.tierPrices).toEqual([
    { tier: 'MEMBER', ratio: 1, price: 1000 },
    { tier: 'SILVER', ratio: 1, price: 1000 },
    { tier: 'GOLD', ratio: 0.8, price: 800 },
    { tier: 'DIAMOND', ratio: 0.55, price: 550 },
  ]);
  const before = (await db().query(`select count(*)::int as n from loyalty.rewards`))[0].n;
  const customer = await member(0);
  for (const token of [h.agent, h.tokens.marketer, h.system, customer.token]) {
    expect(errorCodes(await create(gift(), token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await h.gql(UPDATE, { input: { id: created.id, active: false } }, token))).toEqual(['FORBIDDEN']);
  }
  const template = '7b0c1c36-4d8e-4a57-9b4c-2f7e3f6a9d10';
  for (const bad of [
    gift({ tierRatios: [{ tier: 'PLATINUM', ratio: 0.8 }] }),
    gift({ tierRatios: [{ tier: 'GOLD', ratio: 1.5 }] }),
    gift({ tierRatios: [{ tier: 'GOLD', ratio: 0.8 }, { tier: 'GOLD', ratio: 0.7 }] }),
    gift({ kind: 'COUPON_TEMPLATE' }),
    gift({ couponTemplateId: template }),
    gift({ kind: 'COUPON_TEMPLATE', couponTemplateId: 'not-a-uuid' }),
    gift({ pointsPrice: 0 }),
    gift({ stock: -1 }),
    gift({ name: 'x'.repeat(101) }),
    gift({ name: '   ' }),
    gift({ validFrom: '2026-03-01T00:00:00.000Z', validUntil: '2026-02-01T00:00:00.000Z' }),
    gift({ tierRatios: Array.from({ length: 21 }, (_, i) => ({ tier: `T${i}`, ratio: 0.5 })) }),
  ]) {
    expect(errorCodes(await create(bad))).toEqual(['BAD_USER_INPUT']);
  }
  expect((await db().query(`select count(*)::int as n from loyalty.rewards`))[0].n).toBe(before);

  // edits: fields left out stay, null clears, the kind stays; a bad edit changes nothing
  const edited = dataOf(await h.gql(UPDATE, { input: { id: created.id, name: 'Canvas tote (large)', pointsPrice: 1200, tierRatios: [{ tier: 'SILVER', ratio: 0.9 }], stock: null, description: null } }, h.admin)).updateReward;
  expect(edited).toMatchObject({ name: 'Canvas tote (large)', description: null, kind: 'GIFT', pointsPrice: 1200, stock: null, remaining: null, active: true });
  expect(edited.tierPrices.map((p: any) => p.price)).toEqual([1200, 1080, 1200, 1200]);
  const snapshot = await rewardRow(created.id);
  for (const bad of [
    { id: created.id, tierRatios: [{ tier: 'GOLDEN', ratio: 0.5 }] },
    { id: created.id, couponTemplateId: template },
    { id: created.id, validFrom: '2026-05-01T00:00:00.000Z', validUntil: '2026-04-01T00:00:00.000Z' },
    { id: created.id, name: '' },
  ]) {
    expect(errorCodes(await h.gql(UPDATE, { input: bad }, h.admin))).toEqual(['BAD_USER_INPUT']);
  }
  expect(errorCodes(await h.gql(UPDATE, { input: { id: '999999', active: false } }, h.admin))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await h.gql(UPDATE, { input: { id: 'abc', active: false } }, h.admin))).toEqual(['NOT_FOUND']);
  expect(await rewardRow(created.id)).toEqual(snapshot);

  // the stock cannot drop below what was exchanged
  const buyer = await member(5000);
  dataOf(await exchange(buyer.token, created.id, 'tote-1'));
  dataOf(await exchange(buyer.token, created.id, 'tote-2'));
  expect(errorCodes(await h.gql(UPDATE, { input: { id: created.id, stock: 1 } }, h.admin))).toEqual(['BAD_USER_INPUT']);
  expect(dataOf(await h.gql(UPDATE, { input: { id: created.id, stock: 2 } }, h.admin)).updateReward).toMatchObject({ stock: 2, remaining: 0, availability: 'OUT_OF_STOCK' });
  const deactivated = dataOf(await h.gql(UPDATE, { input: { id: created.id, active: false, stock: 5 } }, h.admin)).updateReward;
  expect(deactivated).toMatchObject({ active: false, availability: 'INACTIVE', remaining: 3 });
  expect(errorCodes(await exchange(buyer.token, created.id, 'tote-3'))).toEqual(['REWARD_NOT_AVAILABLE']);
});

test('members browse the open catalogue at their tier price, paginated; staff may see every reward', async () => {
  const gold = await member(0, true);
  const plain = await member(0);
  expect((await loyaltyOf(h, gold.id)).tier.code).toBe('GOLD');
  const open = await createOk(gift({ name: 'Mug', pointsPrice: 999, tierRatios: [{ tier: 'GOLD', ratio: 0.8 }] }));
  const inactive = await createOk(gift({ name: 'Old mug', active: false }));
  const later = await createOk(gift({ name: 'Spring scarf', validFrom: '2026-03-01T00:00:00.000Z' }));
  const ended = await createOk(gift({ name: 'New year box', validUntil: '2026-02-01T00:00:00.000Z' }));
  const voucher = await createOk({ name: 'Free return', kind: 'FREE_RETURN_VOUCHER', pointsPrice: 300, tierRatios: [{ tier: 'GOLD', ratio: 0.5 }], stock: 1 });

  const all = async (token: string, includeInactive?: boolean) => {
    const seen: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = dataOf(await h.gql(CATALOGUE, { first: 2, after, all: includeInactive ?? null }, token)).rewards;
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  };
  const goldView = await all(gold.token);
  const ids = goldView.map((r) => r.id);
  expect(ids).toEqual(expect.arrayContaining([open.id, voucher.id]));
  expect(ids).not.toEqual(expect.arrayContaining([inactive.id]));
  for (const hidden of [inactive.id, later.id, ended.id]) expect(ids).not.toContain(hidden);
  expect(new Set(ids).size).toBe(ids.length); // pages do not overlap
  expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => b - a)); // newest first
  expect(goldView.find((r) => r.id === open.id).price).toBe(800); // 999 × 0.8 = 799.2, rounded up
  expect(goldView.find((r) => r.id === voucher.id).price).toBe(150);
  const plainView = await all(plain.token);
  expect(plainView.find((r) => r.id === open.id).price).toBe(999);
  expect(plainView.find((r) => r.id === voucher.id).price).toBe(300);

  expect(errorCodes(await h.gql(CATALOGUE, { all: true }, plain.token))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.gql(CATALOGUE, { first: 0 }, plain.token))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await h.gql(CATALOGUE, { after: 'bm90LWEta2V5' }, plain.token))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await h.gql(CATALOGUE, {}))).toEqual(['UNAUTHENTICATED']);
  const staffView = await all(h.agent, true);
  const byId = new Map(staffView.map((r) => [r.id, r]));
  expect(byId.get(inactive.id).availability).toBe('INACTIVE');
  expect(byId.get(later.id).availability).toBe('NOT_STARTED');
  expect(byId.get(ended.id).availability).toBe('ENDED');
  expect(byId.get(open.id).price).toBe(999); // staff see the list price

  // a member of another tier pays their tier's price; the exchange records it
  const goldWithPoints = await member(0, true);
  const balance = (await loyaltyOf(h, goldWithPoints.id)).points.balance;
  const done = dataOf(await exchange(goldWithPoints.token, voucher.id, 'voucher-1')).exchangeReward;
  expect(done.exchange).toMatchObject({ tier: 'GOLD', points: 150, kind: 'FREE_RETURN_VOUCHER', rewardName: 'Free return' });
  expect(done.balance).toBe(balance - 150);
  // sold out: still listed for members (remaining 0), and exchanging is OUT_OF_STOCK
  expect((await all(plain.token)).find((r) => r.id === voucher.id)).toMatchObject({ remaining: 0, availability: 'OUT_OF_STOCK' });
  expect(errorCodes(await exchange(gold.token, voucher.id, 'voucher-2'))).toEqual(['OUT_OF_STOCK']);
  expect(errorCodes(await exchange(gold.token, later.id, 'scarf'))).toEqual(['REWARD_NOT_AVAILABLE']);
  expect(errorCodes(await exchange(gold.token, '99999999', 'none'))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await exchange(h.admin, open.id, 'staff'))).toEqual(['FORBIDDEN']);
});

test('an exchange is idempotent by key, pays through the ledger, is listed on Loyalty.rewardExchanges and emits loyalty.reward_exchanged', async () => {
  const m = await member(1000);
  const reward = await createOk({ name: '20 yuan coupon', kind: 'COUPON_TEMPLATE', couponTemplateId: '3f0e7a52-90c1-4b8e-8d2f-51a7c9e0b6d4', pointsPrice: 300, stock: 50 });
  const other = await createOk(gift({ name: 'Keyring', pointsPrice: 100 }));
  const first = dataOf(await exchange(m.token, reward.id, 'ex-1')).exchangeReward;
  expect(first).toMatchObject({ balance: 700, replayed: false, exchange: { rewardId: reward.id, points: 300, tier: 'MEMBER', kind: 'COUPON_TEMPLATE', couponTemplateId: '3f0e7a52-90c1-4b8e-8d2f-51a7c9e0b6d4' } });
  const again = dataOf(await exchange(m.token, reward.id, 'ex-1')).exchangeReward;
  expect(again).toEqual({ ...first, replayed: true });
  expect(errorCodes(await exchange(m.token, other.id, 'ex-1'))).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  // the same key raced ten times exchanges once
  const raced = await Promise.all(Array.from({ length: 10 }, () => exchange(m.token, other.id, 'ex-2')));
  expect(new Set(raced.map((r) => dataOf(r).exchangeReward.exchange.id)).size).toBe(1);
  expect((await loyaltyOf(h, m.id, m.token)).points.balance).toBe(600);
  expect((await rewardRow(reward.id)).exchanged).toBe(1);
  expect((await rewardRow(other.id)).exchanged).toBe(1);

  const [line] = await db().query(`select type, amount, reason_code, source_type, source_id from loyalty.points_entries where id = $1`, [first.exchange.entryId]);
  expect(line).toEqual({ type: 'REDEEM', amount: -300, reason_code: 'REWARD', source_type: 'REWARD', source_id: first.exchange.id });
  await expectLedgerConsistent(m.id, 600);

  const list = dataOf(await h.gql(EXCHANGES, { id: m.id, first: 1 }, m.token)).customer.loyalty.rewardExchanges;
  expect(list).toMatchObject({ totalCount: 2, nodes: [{ rewardId: other.id, points: 100 }], pageInfo: { hasNextPage: true } });
  const next = dataOf(await h.gql(EXCHANGES, { id: m.id, first: 1, after: list.pageInfo.endCursor }, m.token)).customer.loyalty.rewardExchanges;
  expect(next).toMatchObject({ nodes: [{ id: first.exchange.id, rewardName: '20 yuan coupon' }], pageInfo: { hasNextPage: false } });
  const stranger = await member(0);
  expect(errorCodes(await h.gql(EXCHANGES, { id: m.id }, stranger.token))).toContain('NOT_FOUND');

  await h.stack.settle();
  const events = await db().query(`select payload from bus.events where type = 'loyalty.reward_exchanged' and aggregate_id = $1 order by seq`, [m.id]);
  expect(events.map((e: any) => e.payload)).toEqual([
    expect.objectContaining({ exchangeId: first.exchange.id, customerId: m.id, rewardId: reward.id, kind: 'COUPON_TEMPLATE', couponTemplateId: '3f0e7a52-90c1-4b8e-8d2f-51a7c9e0b6d4', points: 300, tier: 'MEMBER', entryId: first.exchange.entryId }),
    expect.objectContaining({ rewardId: other.id, kind: 'GIFT', couponTemplateId: null, points: 100 }),
  ]);
});

test('an exchange never takes the balance below zero; a refused one changes nothing', async () => {
  const m = await member(50);
  const reward = await createOk(gift({ name: 'Umbrella', pointsPrice: 100, stock: 3 }));
  expect(errorCodes(await exchange(m.token, reward.id, 'u-1'))).toEqual(['INSUFFICIENT_POINTS']);
  const unseen = await h.stack.token('customer', '0b4cf1d2-6b7e-4f7a-9a51-3f2d8c1e0a99');
  expect(errorCodes(await exchange(unseen, reward.id, 'u-1'))).toEqual(['INSUFFICIENT_POINTS']);
  expect(await rewardRow(reward.id)).toMatchObject({ exchanged: 0 });
  expect((await db().query(`select count(*)::int as n from loyalty.reward_exchanges where reward_id = $1`, [reward.id]))[0].n).toBe(0);
  await expectLedgerConsistent(m.id, 50);
  // racing one member's balance: 350 points buy exactly three of ten attempts at 100
  await grantPoints(h, m.id, 300);
  const unlimited = await createOk(gift({ name: 'Sticker', pointsPrice: 100 }));
  const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => exchange(m.token, unlimited.id, `s-${i}`)));
  expect(answers.filter((a) => !a.errors)).toHaveLength(3);
  expect(answers.filter((a) => errorCodes(a).includes('INSUFFICIENT_POINTS'))).toHaveLength(7);
  expect((await rewardRow(unlimited.id)).exchanged).toBe(3);
  await expectLedgerConsistent(m.id, 50);
});

test('40 members race for a stock of 7: exactly 7 exchange, 33 are OUT_OF_STOCK, every balance and ledger exact', async () => {
  const reward = await createOk(gift({ name: 'Limited print', pointsPrice: 200, stock: 7 }));
  const members = [];
  for (let i = 0; i < 40; i++) members.push(await member(500));
  const answers = await Promise.all(members.map((m, i) => exchange(m.token, reward.id, `print-${i}`)));
  const won = members.filter((_, i) => !answers[i].errors);
  expect(won).toHaveLength(7);
  expect(answers.filter((a) => errorCodes(a).join() === 'OUT_OF_STOCK')).toHaveLength(33);
  expect(await rewardRow(reward.id)).toMatchObject({ stock: 7, exchanged: 7 });
  expect((await db().query(`select count(*)::int as n from loyalty.reward_exchanges where reward_id = $1`, [reward.id]))[0].n).toBe(7);
  for (const m of members) await expectLedgerConsistent(m.id, won.includes(m) ? 300 : 500);
  await h.stack.settle();
  expect((await db().query(`select count(*)::int as n from bus.events where type = 'loyalty.reward_exchanged' and payload->>'rewardId' = $1`, [reward.id]))[0].n).toBe(7);
});

test('the catalogue list sends as many SQL statements for 30 rewards as for 5', async () => {
  const m = await member(0, true);
  for (let i = 0; i < 30; i++) await createOk(gift({ name: `Batch ${i}`, pointsPrice: 100 + i, tierRatios: [{ tier: 'GOLD', ratio: 0.5 }] }));
  const { statements } = h.stack.subgraphs.loyalty;
  const read = async (first: number) => dataOf(await h.gql(CATALOGUE, { first }, m.token)).rewards.nodes;
  const thirty = await pageCost(statements, read, 30);
  const five = await pageCost(statements, read, 5);
  expect(thirty.page).toHaveLength(30);
  expect(five.page).toHaveLength(5);
  expect(thirty.statements).toBe(five.statements);
  expect(thirty.statements).toBeLessThanOrEqual(3); // the page, and the member's tier once
  expect(thirty.page.map((r: any) => r.name)).toEqual(Array.from({ length: 30 }, (_, i) => `Batch ${29 - i}`)); // newest first, by number
  expect(thirty.page.map((r: any) => r.price)).toEqual(thirty.page.map((r: any) => Math.ceil(r.pointsPrice * 0.5)));
});

test('a merge moves the merged customer\'s exchanges to the survivor; a key both used stays answerable for each', async () => {
  const survivor = await member(1000);
  const merged = await member(1000);
  const reward = await createOk(gift({ name: 'Bottle', pointsPrice: 100 }));
  const mine = dataOf(await exchange(survivor.token, reward.id, 'same-key')).exchangeReward.exchange;
  const theirs = dataOf(await exchange(merged.token, reward.id, 'same-key')).exchangeReward.exchange;
  dataOf(await h.gql(`mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) { id } }`, { input: { survivorId: survivor.id, mergedId: merged.id, reason: 'same phone' } }, h.admin));
  await h.stack.settle();
  const list = dataOf(await h.gql(EXCHANGES, { id: survivor.id }, survivor.token)).customer.loyalty.rewardExchanges;
  expect(list.totalCount).toBe(2);
  expect(list.nodes.map((e: any) => e.id).sort()).toEqual([mine.id, theirs.id].sort());
  // the survivor's key still answers their own exchange; the merged customer's token now acts for the survivor
  expect(dataOf(await exchange(survivor.token, reward.id, 'same-key')).exchangeReward).toMatchObject({ replayed: true, exchange: { id: mine.id } });
  // moved lines keep the balanceAfter of their own account, so only the sums are checked after a merge
  expect(await ledgerTotals(h, survivor.id)).toEqual({ ledger: 1800, lots: 1800 });
  expect((await loyaltyOf(h, survivor.id)).points.balance).toBe(1800);
});

test('the app SDK\'s operations browse, exchange and list as the member', async () => {
  const m = await member(400);
  const reward = await createOk(gift({ name: 'App sticker', pointsPrice: 150, stock: 3 }));
  const page = dataOf(await h.gql(RewardCatalogueDocument, { first: 1 }, m.token)).rewards;
  expect(page.nodes).toEqual([expect.objectContaining({ id: reward.id, name: 'App sticker', price: 150, remaining: 3, availability: 'AVAILABLE' })]);
  const done = dataOf(await h.gql(ExchangeRewardDocument, { input: { rewardId: reward.id, idempotencyKey: 'app-1' } }, m.token)).exchangeReward;
  expect(done).toMatchObject({ balance: 250, replayed: false, exchange: { rewardName: 'App sticker', points: 150, tier: 'MEMBER' } });
  const mine = dataOf(await h.gql(MyRewardExchangesDocument, {}, m.token)).me!.loyalty!.rewardExchanges;
  expect(mine).toMatchObject({ totalCount: 1, nodes: [{ id: done.exchange.id, points: 150 }] });
});

test('exchanges racing an admin\'s deactivation either exchange before it or are REWARD_NOT_AVAILABLE, with stock, rows and balances agreeing', async () => {
  const reward = await createOk(gift({ name: 'Flash sale', pointsPrice: 100, stock: 100 }));
  const members = [];
  for (let i = 0; i < 20; i++) members.push(await member(100));
  const [answers] = await Promise.all([
    Promise.all(members.map((m, i) => exchange(m.token, reward.id, `flash-${i}`))),
    new Promise((r) => setTimeout(r, 30)).then(() => h.gql(UPDATE, { input: { id: reward.id, active: false } }, h.admin)),
  ]);
  const won = members.filter((_, i) => !answers[i].errors);
  expect(answers.filter((a) => a.errors).map((a) => errorCodes(a).join())).toEqual(Array(20 - won.length).fill('REWARD_NOT_AVAILABLE'));
  expect(await rewardRow(reward.id)).toMatchObject({ active: false, exchanged: won.length });
  expect((await db().query(`select count(*)::int as n from loyalty.reward_exchanges where reward_id = $1`, [reward.id]))[0].n).toBe(won.length);
  for (const m of members) await expectLedgerConsistent(m.id, won.includes(m) ? 0 : 100);
  expect(errorCodes(await exchange(members[0].token, reward.id, 'flash-late'))).toEqual(['REWARD_NOT_AVAILABLE']);
});
