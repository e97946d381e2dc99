import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { connectNatsBus } from '@member-graph/common/events';
import { describeWithNats, errorCodes, natsTestBus } from '@member-graph/common/testing';
import { cond, projectionSnapshot, saveSegment, useMarketingStack } from './support';

const REBUILD = `mutation { rebuildMarketingProjection { replayedEvents segmentChanges } }`;

/**
 * On BUS=nats the event log is the JetStream stream, not `bus.events`: the rebuild replays through the
 * bus interface, so it gives the same projection as the live consumer built, and restores a damaged one.
 */
describeWithNats('rebuilding the marketing projection on the NATS bus', (natsUrl) => {
  const nats = natsTestBus(natsUrl);
  const t0 = new Date('2026-01-15T02:00:00.000Z');
  const clock = new ManualClock(t0);
  const h = useMarketingStack('mkrebuildnats', clock, ['customer', 'loyalty', 'marketing'], nats.bus);
  afterAll(() => nats.drop());

  test('the rebuild replays the stream: the same projection, drift reconciled, nothing applied twice', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await h.customer({ birthday: i % 2 ? '1991-03-0' + (i + 1) : undefined }));
    for (const [i, id] of ids.entries()) {
      await h.tag(id, i % 2 ? '母婴' : '美妆');
      await h.consent(id, 'SMS');
      await h.order(id, { paidAt: new Date(t0.getTime() - i * DAY_MS), lines: [{ sku: `N${i % 2}`, category: '奶粉', amount: `${300 * (i + 1)}.00` }, { sku: 'N9', amount: '5.00' }] });
      await h.behaviour([{ customerId: id, kind: 'BROWSE', category: '玩具' }]);
    }
    await h.settle();
    await saveSegment(h, 'sms 母婴', { and: [cond('TAG', 'HAS', { value: '母婴' }), cond('CONSENT', 'HAS', { value: 'SMS' })] });
    const before = await projectionSnapshot(h);
    expect((before.customer_facts as unknown[]).length).toBe(4);
    expect((before.members as unknown[]).length).toBe(2);
    // the events crossed JetStream only
    expect(await h.sql(`select count(*)::int as n from bus.events`)).toEqual([{ n: 0 }]);
    const [{ applied }] = await h.sql(`select count(*)::int as applied from marketing.processed_events where consumer = 'marketing'`);
    expect(applied).toBeGreaterThanOrEqual(4 * 5);

    const result = (await h.ok(REBUILD, {}, h.tokens.admin)).rebuildMarketingProjection;
    expect(result).toEqual({ replayedEvents: applied, segmentChanges: 0 });
    expect(await projectionSnapshot(h)).toEqual(before);
    // the live consumer carries on: later events are applied once, on top of the rebuilt projection
    await h.tag(ids[0], '母婴');
    await h.settle();
    const [fact] = await h.sql(`select tags from marketing.customer_facts where customer_id = $1`, [ids[0]]);
    expect([...fact.tags].sort()).toEqual(['母婴', '美妆']);

    // a damaged projection and a drifted membership are restored from the stream
    const settled = await projectionSnapshot(h);
    await h.sql(`update marketing.customer_facts set tags = '{}', order_count = 99 where customer_id = $1`, [ids[1]]);
    await h.sql(`delete from marketing.item_pairs where sku_a = 'N9' or sku_b = 'N9'`);
    await h.sql(`delete from marketing.segment_members where customer_id = $1`, [ids[3]]);
    const again = (await h.ok(REBUILD, {}, h.tokens.admin)).rebuildMarketingProjection;
    expect(again).toEqual({ replayedEvents: applied + 1, segmentChanges: 1 });
    expect(await projectionSnapshot(h)).toEqual(settled);

    // events aged out of the stream (retention): the rebuild refuses and keeps the projection as it is
    const admin = await connectNatsBus(nats.bus);
    try {
      await admin.jsm.streams.purge(admin.names.stream, { keep: 3 });
    } finally {
      await admin.close();
    }
    await h.sql(`update marketing.customer_facts set order_count = 77 where customer_id = $1`, [ids[2]]);
    const damaged = await projectionSnapshot(h);
    expect(errorCodes(await h.gql(REBUILD, {}, h.tokens.admin))).toEqual(['PROJECTION_HISTORY_INCOMPLETE']);
    expect(await projectionSnapshot(h)).toEqual(damaged);
  });
});
