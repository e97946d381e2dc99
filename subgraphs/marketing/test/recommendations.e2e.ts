import { RecommendationsDocument, SetPersonalisationDocument } from '@member-graph/client-app';
import { ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { cond, decisions, launchCampaign, saveSegment, useMarketingStack } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
const h = useMarketingStack('mkrecs', clock, ['customer', 'marketing']);
const c: Record<string, string> = {};

const line = (sku: string) => ({ sku, category: sku === 'D' ? '玩具' : '奶粉', amount: '10.00' });
/** Staff read a customer's recommendations by id; the member app uses the SDK's `Recommendations` (`me`). */
const RECS = `query($id: ID!, $n: Int) { customer(id: $id) { recommendations(first: $n) { sku reason score } personalisationEnabled } }`;
const myRecommendations = async (token: string, first: number) => {
  const { me } = await h.ok(RecommendationsDocument, { first }, token);
  expect(me.recommendations).not.toBeNull();
  return { ...me, recommendations: me.recommendations ?? [] };
};
const ALSO = `query($sku: String!) { alsoBought(sku: $sku, first: 5) { sku reason score category } }`;

/**
 * Baskets (the SKUs each customer ever bought): c1 {A,B}, c2 {A,B,C} (over two orders), c3 {A,C},
 * c4 {B}, c5 {D}. Customers per SKU: A 3, B 3, C 2, D 1. Both bought: A&B 2, A&C 2, B&C 1.
 * Cosine: A~B = 2/√(3·3) = 0.6667, A~C = 2/√(3·2) = 0.8165, B~C = 1/√(3·2) = 0.4082.
 */
beforeAll(async () => {
  for (const n of ['c1', 'c2', 'c3', 'c4', 'c5']) c[n] = await h.customer();
  await h.order(c.c1, { lines: [line('A'), line('B')] });
  await h.order(c.c2, { lines: [line('A'), line('B')] });
  await h.order(c.c2, { lines: [line('C'), line('A')] });
  await h.order(c.c3, { lines: [line('A'), line('C')] });
  await h.order(c.c4, { lines: [line('B')] });
  await h.order(c.c5, { lines: [line('D')] });
  await h.settle();
});

const round = (rs: { sku: string; reason: string; score: number }[]) => rs.map((r) => `${r.sku}:${r.reason}:${r.score.toFixed(4)}`);

test('"bought A also bought B": cosine over customers, updated from order.recorded, for product pages', async () => {
  expect(round((await h.ok(ALSO, { sku: 'A' }, h.tokens.system)).alsoBought)).toEqual(['C:ALSO_BOUGHT:0.8165', 'B:ALSO_BOUGHT:0.6667']);
  expect(round((await h.ok(ALSO, { sku: 'C' }, h.tokens.system)).alsoBought)).toEqual(['A:ALSO_BOUGHT:0.8165', 'B:ALSO_BOUGHT:0.4082']);
  expect((await h.gql(ALSO, { sku: 'D' })).data.alsoBought).toEqual([]); // product pages need no sign-in
  expect(await h.sql(`select sku, customers from marketing.item_stats order by sku`)).toEqual([
    { sku: 'A', customers: 3 },
    { sku: 'B', customers: 3 },
    { sku: 'C', customers: 2 },
    { sku: 'D', customers: 1 },
  ]);
});

test('a customer\'s recommendations exclude what they bought and are topped up with popular items', async () => {
  const token = await h.token('customer', c.c4);
  // c4 bought B: A (0.6667) and C (0.4082) by similarity, then D, the popular item not bought
  expect(round((await myRecommendations(token, 3)).recommendations)).toEqual(['A:ALSO_BOUGHT:0.6667', 'C:ALSO_BOUGHT:0.4082', 'D:POPULAR:1.0000']);
  // c1 bought A and B: C scores 0.8165 + 0.4082
  expect(round((await h.ok(RECS, { id: c.c1, n: 2 }, h.tokens.agent)).customer.recommendations)).toEqual(['C:ALSO_BOUGHT:1.2247', 'D:POPULAR:1.0000']);
  // a new purchase updates the co-occurrence at once: c4 buys C, so C has 3 customers and B&C 2 → 2/√(3·3)
  await h.order(c.c4, { lines: [line('C')] });
  await h.settle();
  expect(round((await h.ok(ALSO, { sku: 'B' }, h.tokens.system)).alsoBought)).toEqual(['A:ALSO_BOUGHT:0.6667', 'C:ALSO_BOUGHT:0.6667']);
  expect((await myRecommendations(token, 5)).recommendations.map((r) => r.sku)).toEqual(['A', 'D']);
});

test('turning personalisation off (PIPL Art. 24) gives popular items and leaves the customer out of personalised campaigns', async () => {
  const token = await h.token('customer', c.c3);
  expect(errorCodes(await h.gql(SetPersonalisationDocument, { enabled: false }, h.tokens.marketer))).toEqual(['FORBIDDEN']);
  expect((await h.ok(SetPersonalisationDocument, { enabled: false }, token)).setPersonalisation).toEqual({ customerId: c.c3, enabled: false });
  const off = await myRecommendations(token, 3);
  expect(off.personalisationEnabled).toBe(false);
  expect(round(off.recommendations)).toEqual(['A:POPULAR:3.0000', 'B:POPULAR:3.0000', 'C:POPULAR:3.0000']); // not personal: even what they bought

  // two campaigns to a segment holding c3 and c5 (both with SMS consent): the personalised one leaves c3 out, the broadcast reaches both
  for (const id of [c.c3, c.c5]) {
    await h.consent(id, 'SMS');
    await h.tag(id, 'news');
  }
  await h.settle();
  const segment = await saveSegment(h, 'news', cond('TAG', 'HAS', { value: 'news' }));
  const personal = await launchCampaign(h, { name: 'for you', kind: 'ONE_SHOT', channel: 'SMS', segmentId: segment });
  const broadcast = await launchCampaign(h, { name: 'store opening', kind: 'ONE_SHOT', channel: 'SMS', segmentId: segment, personalised: false });
  await h.runJob('campaign-timers');
  expect(await decisions(h, personal)).toEqual({ [c.c3]: ['SUPPRESSED:PERSONALISATION_OFF'], [c.c5]: ['SENT'] });
  expect(await decisions(h, broadcast)).toEqual({ [c.c3]: ['SENT'], [c.c5]: ['SENT'] });

  // turned back on: personal again; the event log keeps the choice (it is announced and replayed)
  await h.settle();
  expect(await h.sql(`select payload from bus.events where type = 'marketing.personalisation_changed'`)).toEqual([{ payload: { customerId: c.c3, enabled: false } }]);
  expect((await h.ok(SetPersonalisationDocument, { enabled: true }, token)).setPersonalisation.enabled).toBe(true);
  await h.settle();
  expect((await myRecommendations(token, 3)).recommendations[0].reason).toBe('ALSO_BOUGHT');
});
