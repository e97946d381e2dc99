import { DAY_MS } from '@member-graph/common/time';
import { domainErrorOf } from '@member-graph/common/testing';
import { emptyFacts } from '../facts/facts.types';
import { churnRoseAbove, decideDue, validateCampaign, planTrigger, quietUntil, validateTrigger } from './campaign.rules';
import { armWeights, campaignReport, campaignTotals, HOLDOUT, pickArm, type Arm } from './ab-split.rules';

test('the split follows the weights exactly: 40/40 with a 20% holdout over 10 customers gives 4, 4 and 2', () => {
  const arms: Arm[] = armWeights([{ code: 'A', weight: 1 }, { code: 'B', weight: 1 }], 20).map((a) => ({ ...a, assigned: 0 }));
  const picked: string[] = [];
  for (let i = 0; i < 10; i++) {
    const code = pickArm(arms);
    arms.find((a) => a.code === code)!.assigned++;
    picked.push(code);
  }
  expect(picked.join(' ')).toBe('A B HOLDOUT A B A B HOLDOUT A B');
  expect(arms.map((a) => [a.code, a.assigned])).toEqual([['A', 4], ['B', 4], [HOLDOUT, 2]]);
});

test('ROI against the holdout, computed by hand', () => {
  // A: 4 sends, 2 buyers of 100.00; B: 4 sends, 1 buyer of 300.00; holdout: 2 members, 1 buyer of 50.00 → 25.00 per member
  const report = campaignReport(
    [
      { code: 'A', audience: 4, conversions: 2, revenueCents: 20_000 },
      { code: 'B', audience: 4, conversions: 1, revenueCents: 30_000 },
      { code: HOLDOUT, audience: 2, conversions: 1, revenueCents: 5_000 },
    ],
    100,
  );
  expect(report.map((r) => [r.code, r.incrementalRevenueCents, r.costCents, r.roi])).toEqual([
    ['A', 10_000, 400, 24], // (100.00 − 4.00) / 4.00
    ['B', 20_000, 400, 49], // (200.00 − 4.00) / 4.00
    [HOLDOUT, null, 0, null],
  ]);
  expect(campaignReport([{ code: 'A', audience: 3, conversions: 0, revenueCents: 0 }], 100)[0]).toMatchObject({ incrementalRevenueCents: null, roi: null });
});

test('quiet hours (Asia/Shanghai, wrapping midnight) end at their end', () => {
  const p = { quietStart: '21:00', quietEnd: '09:00' };
  expect(quietUntil(p, new Date('2026-01-15T13:30:00Z'))?.toISOString()).toBe('2026-01-16T01:00:00.000Z'); // 21:30 → 09:00 next day
  expect(quietUntil(p, new Date('2026-01-15T00:30:00Z'))?.toISOString()).toBe('2026-01-15T01:00:00.000Z'); // 08:30 → 09:00
  expect(quietUntil(p, new Date('2026-01-15T01:00:00Z'))).toBeNull(); // 09:00 is open
  expect(quietUntil(p, new Date('2026-01-15T12:59:00Z'))).toBeNull(); // 20:59
  expect(quietUntil({ quietStart: '12:00', quietEnd: '14:00' }, new Date('2026-01-15T04:30:00Z'))?.toISOString()).toBe('2026-01-15T06:00:00.000Z');
  expect(quietUntil({ quietStart: null, quietEnd: null }, new Date('2026-01-15T13:30:00Z'))).toBeNull();
});

test('trigger timers: inactivity follows the last activity; birthday once a year; the first-order milestone is not fired late', () => {
  const now = new Date('2026-03-10T02:00:00.000Z');
  const inactive = validateTrigger({ type: 'INACTIVE_DAYS', days: 30 });
  const lastActiveAt = new Date(now.getTime() - 10 * DAY_MS);
  const f = { ...emptyFacts('00000000-0000-4000-8000-000000000001'), lastActiveAt, birthday: '1990-03-20', firstOrderAt: new Date(now.getTime() - 5 * DAY_MS) };
  const plan = planTrigger(inactive, f, now)!;
  expect(plan).toEqual({ occurrence: `inactive:${lastActiveAt.toISOString()}`, dueAt: new Date(lastActiveAt.getTime() + 30 * DAY_MS) });
  expect(decideDue(inactive, f, plan.occurrence, plan.dueAt)).toEqual({ fire: true, next: null });
  const moved = { ...f, lastActiveAt: new Date(now.getTime() - DAY_MS) };
  expect(decideDue(inactive, moved, plan.occurrence, plan.dueAt)).toMatchObject({ fire: false, next: { occurrence: `inactive:${moved.lastActiveAt.toISOString()}` } });

  const birthday = validateTrigger({ type: 'BIRTHDAY_MONTH' });
  const b = planTrigger(birthday, f, now)!;
  expect(b).toEqual({ occurrence: 'birthday:2026', dueAt: now }); // in March already
  expect(decideDue(birthday, f, 'birthday:2026', now)).toEqual({ fire: true, next: { occurrence: 'birthday:2027', dueAt: new Date('2027-02-28T16:00:00.000Z') } });

  const first = validateTrigger({ type: 'DAYS_AFTER_FIRST_ORDER', days: 3 });
  expect(planTrigger(first, f, now)).toBeNull(); // the third day after the first order passed two days ago
  expect(planTrigger(validateTrigger({ type: 'DAYS_AFTER_FIRST_ORDER', days: 7 }), f, now)?.dueAt).toEqual(new Date(now.getTime() + 2 * DAY_MS));
});

test('triggers take only their own parameters', () => {
  expect(domainErrorOf(() => validateTrigger({ type: 'INACTIVE_DAYS' }))).toEqual(['BAD_USER_INPUT', 'trigger']);
  expect(domainErrorOf(() => validateTrigger({ type: 'BIRTHDAY_MONTH', days: 3 }))).toEqual(['BAD_USER_INPUT', 'trigger']);
  expect(validateTrigger({ type: 'CATEGORY_BROWSED', times: 3, category: '奶粉' })).toMatchObject({ times: 3, category: '奶粉', days: null });
});

test('a campaign\'s totals add up its A/B report: incremental ROI against the holdout, attributed ROI without one', () => {
  const arms = [
    { code: 'A', audience: 4, conversions: 2, revenueCents: 20_000 },
    { code: 'B', audience: 4, conversions: 1, revenueCents: 30_000 },
    { code: HOLDOUT, audience: 2, conversions: 1, revenueCents: 5_000 },
  ];
  // incremental 100.00 + 200.00, cost 8 × 1.00: ROI (300 − 8) / 8; attributed (500 − 8) / 8
  expect(campaignTotals(arms, 100)).toEqual({
    sent: 8, heldOut: 2, conversions: 3, revenueCents: 50_000, incrementalRevenueCents: 30_000, costCents: 800, roi: 36.5, attributedRoi: 61.5,
  });
  expect(campaignTotals(arms.slice(0, 2), 100)).toMatchObject({ heldOut: 0, incrementalRevenueCents: null, roi: null, attributedRoi: 61.5 });
  expect(campaignTotals(arms, 0)).toMatchObject({ costCents: 0, roi: null, attributedRoi: null });
  expect(campaignTotals([{ code: HOLDOUT, audience: 3, conversions: 0, revenueCents: 0 }], 100)).toMatchObject({ sent: 0, heldOut: 3, incrementalRevenueCents: null });
});

test('churn risk rose above a threshold only when it crossed it upward from a known value', () => {
  expect(churnRoseAbove(0.7, 0.65, 0.7)).toBe(true);
  expect(churnRoseAbove(0.7, 0.2, 0.95)).toBe(true);
  expect(churnRoseAbove(0.7, 0.71, 0.9)).toBe(false); // already above
  expect(churnRoseAbove(0.7, 0.9, 0.5)).toBe(false); // fell
  expect(churnRoseAbove(0.7, 0.5, 0.69)).toBe(false); // rose, not past it
  expect(churnRoseAbove(0.7, null, 0.9)).toBe(false); // first score
});

test('CHURN_RISK_ROSE takes a threshold 0.01–0.99 and nothing else', () => {
  expect(validateTrigger({ type: 'CHURN_RISK_ROSE', threshold: 0.7 })).toMatchObject({ type: 'CHURN_RISK_ROSE', threshold: 0.7, days: null });
  for (const bad of [{}, { threshold: 0 }, { threshold: 1 }, { threshold: Number.NaN }, { threshold: 0.5, days: 3 }]) {
    expect(domainErrorOf(() => validateTrigger({ type: 'CHURN_RISK_ROSE', ...bad }))).toEqual(['BAD_USER_INPUT', 'trigger']);
  }
  expect(domainErrorOf(() => validateTrigger({ type: 'INACTIVE_DAYS', days: 3, threshold: 0.5 }))).toEqual(['BAD_USER_INPUT', 'trigger']);
});

test('a campaign draft: every problem named at once; defaults filled in; behaviour triggers always personalised', () => {
  const variants = [{ code: 'A', weight: 1 }];
  expect(validateCampaign({ kind: 'ONE_SHOT', segmentId: 's', variants }, 7)).toEqual({ holdout: 0, attributionDays: 7, cost: 0, trigger: null, personalised: true });
  const churn = validateCampaign({ kind: 'TRIGGERED', variants, personalised: false, trigger: { type: 'CHURN_RISK_ROSE', threshold: 0.8 } }, 7);
  expect(churn).toMatchObject({ personalised: true, trigger: { type: 'CHURN_RISK_ROSE', threshold: 0.8 } });
  expect(validateCampaign({ kind: 'TRIGGERED', variants, personalised: false, trigger: { type: 'BIRTHDAY_MONTH' } }, 7).personalised).toBe(false);
  let details: unknown;
  try {
    validateCampaign({ kind: 'ONE_SHOT', variants: [{ code: HOLDOUT, weight: 0 }], holdoutPercent: 95, attributionDays: 0, costPerMessage: -1, trigger: { type: 'BIRTHDAY_MONTH' } }, 7);
  } catch (e) {
    details = (e as { details: unknown }).details;
  }
  expect(details).toEqual({
    field: 'input',
    problems: [
      'HOLDOUT is reserved for the holdout group', 'variant weights must be 1–100', 'holdoutPercent must be 0–90', 'attributionDays must be 1–90',
      'costPerMessage must not be negative', 'a ONE_SHOT campaign needs segmentId', 'a ONE_SHOT campaign takes no trigger',
    ],
  });
});
