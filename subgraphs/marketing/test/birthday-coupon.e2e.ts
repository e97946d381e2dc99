/**
 * Issue 15, the birthday gift pack per tier: an admin gives a tier a coupon template in the loyalty
 * programme; in the birthday month loyalty grants the tier's gift points and announces the pack
 * (`loyalty.birthday_gift_granted`), and marketing issues the template's coupon once a year (source
 * BIRTHDAY), however often the event or the job comes.
 */
import { runExclusive } from '@member-graph/common/jobs';
import { ManualClock } from '@member-graph/common/time';
import { CREATE_TEMPLATE, useMarketingStack } from './support';

const clock = new ManualClock('2026-01-15T02:00:00.000Z');
const h = useMarketingStack('mkbirthdaycoupon', clock, ['customer', 'loyalty', 'marketing']);

const PROGRAMME = `{ loyaltyProgramme { version programme { tiers { code nameZh nameEn threshold benefits { pointsMultiplier birthdayGiftPoints birthdayMultiplier freeReturnShipping servicePriority birthdayCouponTemplateId } }
  badges { code nameZh nameEn metric threshold } earning { pointsPerYuan growthPerYuan } } } }`;
const UPDATE = `mutation($i: UpdateLoyaltyProgrammeInput!) { updateLoyaltyProgramme(input: $i) { version } }`;
const COUPONS = `query($id: ID!) { customer(id: $id) { coupons { source status template { id } } loyalty { points { balance } tier { code benefits { birthdayGiftPoints birthdayCouponTemplateId } } } } }`;

test("the birthday job grants the tier's gift points and marketing issues its coupon once a year", async () => {
  const templateId = (await h.ok(CREATE_TEMPLATE, { i: { name: '生日券', kind: 'AMOUNT_OFF', amountOff: '20.00', stock: 100, validDays: 30, perCustomerLimit: 10, claimable: false } }, h.tokens.marketer)).createCouponTemplate.id;
  const { version, programme } = (await h.ok(PROGRAMME, {}, h.tokens.admin)).loyaltyProgramme;
  Object.assign(programme.tiers[0].benefits, { birthdayGiftPoints: 88, birthdayCouponTemplateId: templateId });
  await h.ok(UPDATE, { i: { ...programme, reason: 'birthday coupon for members', expectedVersion: version } }, h.tokens.admin);

  const birthdayMember = await h.customer({ birthday: '1990-03-08' });
  const otherMonth = await h.customer({ birthday: '1990-07-08' });
  await h.settle();
  const loyalty = h.stack.subgraphs.loyalty;
  const job = loyalty.jobs.find((j) => j.name === 'loyalty.birthday-grants')!;

  clock.set('2026-03-02T02:00:00.000Z');
  expect(await runExclusive(loyalty.dataSource, job)).toBe(true);
  await h.settle();
  await job.run(); // again: nothing more
  await h.settle();

  const of = async (id: string) => (await h.ok(COUPONS, { id }, h.tokens.admin)).customer;
  expect(await of(birthdayMember)).toEqual({
    coupons: [{ source: 'BIRTHDAY', status: 'AVAILABLE', template: { id: templateId } }],
    loyalty: { points: { balance: 88 }, tier: { code: 'MEMBER', benefits: { birthdayGiftPoints: 88, birthdayCouponTemplateId: templateId } } },
  });
  expect((await of(otherMonth)).coupons).toEqual([]);

  // next year: a second coupon
  clock.set('2027-03-02T02:00:00.000Z');
  await job.run();
  await h.settle();
  expect((await of(birthdayMember)).coupons.map((c: { source: string }) => c.source)).toEqual(['BIRTHDAY', 'BIRTHDAY']);
});
