import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { errorCodes } from '@member-graph/common/testing';
import { cond, projectionSnapshot, saveSegment, useMarketingStack } from './support';

const t0 = new Date('2026-01-15T02:00:00.000Z');
const clock = new ManualClock(t0);
const h = useMarketingStack('mkrebuild', clock);

const REBUILD = `mutation { rebuildMarketingProjection { replayedEvents segmentChanges } }`;
const snapshot = () => projectionSnapshot(h);

test('rebuilding the projection from the event log gives the same projection; drifted membership is reconciled', async () => {
  // a varied history: registrations with birthdays, tags added and removed, consent granted and withdrawn,
  // orders with lines, a refund, browses, RFM, loyalty tiers and badges, a merge, a personalisation opt-out
  const ids: string[] = [];
  for (let i = 0; i < 8; i++) ids.push(await h.customer({ birthday: i % 2 ? '1990-05-0' + (i + 1) : undefined }));
  for (const [i, id] of ids.entries()) {
    await h.tag(id, i % 2 ? '母婴' : '美妆', 'VIP');
    await h.consent(id, 'SMS');
    if (i % 3 === 0) await h.consent(id, 'SMS', false);
    await h.order(id, { paidAt: new Date(t0.getTime() - i * 9 * DAY_MS), lines: [{ sku: `S${i % 3}`, category: '奶粉', amount: `${100 * (i + 1)}.00` }, { sku: 'S9', amount: '5.00' }] });
    await h.behaviour([{ customerId: id, kind: 'BROWSE', category: '玩具' }, { customerId: id, kind: 'LOGIN' }]);
  }
  await h.ok(`mutation($id: ID!, $n: [String!]!) { removeTags(customerId: $id, names: $n) { id } }`, { id: ids[1], n: ['VIP'] }, h.tokens.marketer);
  const refunded = await h.order(ids[2], { lines: [{ sku: 'S7', amount: '80.00' }] });
  await h.ok(`mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id } }`, { i: { orderId: refunded, externalRefundNo: 'rf-1' } }, h.tokens.system);
  await h.order(ids[3], { amount: '1500.00' }); // loyalty: SILVER and a badge
  await h.refreshRfm();
  await h.settle();
  await h.ok(`mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: ids[4], mergedId: ids[5], reason: 'same person' } }, h.tokens.admin);
  await h.ok(`mutation { setPersonalisation(enabled: false) { enabled } }`, {}, await h.token('customer', ids[6]));
  await h.settle();
  await saveSegment(h, 'sms 母婴', { and: [cond('TAG', 'HAS', { value: '母婴' }), cond('CONSENT', 'HAS', { value: 'SMS' })] });
  await saveSegment(h, 'silver', cond('TIER', 'EQ', { value: 'SILVER' }));

  const before = await snapshot();
  const facts = before.customer_facts as { customer_id: string; tier: string | null; badges: string[]; merged_into: string | null; personalised: boolean }[];
  expect(facts.find((f) => f.customer_id === ids[3])).toMatchObject({ tier: 'SILVER' });
  expect(facts.find((f) => f.customer_id === ids[3])!.badges).toContain('FIRST_ORDER');
  expect(facts.find((f) => f.customer_id === ids[5])).toMatchObject({ merged_into: ids[4] });
  expect(facts.find((f) => f.customer_id === ids[6])).toMatchObject({ personalised: false });
  expect((before.item_pairs as unknown[]).length).toBeGreaterThan(0);
  const sendsBefore = await h.sql(`select count(*)::int as n from marketing.outbox`);

  // only admins rebuild
  expect(errorCodes(await h.gql(REBUILD, {}, h.tokens.marketer))).toEqual(['FORBIDDEN']);
  const result = (await h.ok(REBUILD, {}, h.tokens.admin)).rebuildMarketingProjection;
  const [{ n: events }] = await h.sql(`select count(*)::int as n from bus.events where type in (
    'customer.registered','customer.profile_updated','customer.merged','customer.lifecycle_changed','customer.tags_changed','customer.rfm_changed',
    'customer.consent_changed','customer.behaviour_recorded','order.recorded','order.refunded','loyalty.tier_changed','loyalty.badge_awarded',
    'marketing.personalisation_changed','customer.erased','customer.value_changed')`);
  expect(result).toEqual({ replayedEvents: events, segmentChanges: 0 });
  expect(await snapshot()).toEqual(before);
  // no reactions were replayed: nothing new in the outbox, no timers or sends twice
  expect(await h.sql(`select count(*)::int as n from marketing.outbox`)).toEqual(sendsBefore);
  // the consumer carries on after the rebuild without applying anything twice
  await h.settle();
  expect(await snapshot()).toEqual(before);

  // a projection damaged by hand is restored; membership that drifted is reconciled (and announced)
  await h.sql(`update marketing.customer_facts set tags = '{}', order_count = 99 where customer_id = $1`, [ids[1]]);
  await h.sql(`delete from marketing.item_pairs where sku_a = 'S9'`);
  await h.sql(`delete from marketing.segment_members where customer_id = $1`, [ids[3]]);
  const again = (await h.ok(REBUILD, {}, h.tokens.admin)).rebuildMarketingProjection;
  expect(again.segmentChanges).toBe(1);
  expect(await snapshot()).toEqual(before);
  expect(await h.sql(`select joined, cause from marketing.segment_changes where customer_id = $1 order by id desc limit 1`, [ids[3]])).toEqual([{ joined: true, cause: 'REBUILD' }]);
});
