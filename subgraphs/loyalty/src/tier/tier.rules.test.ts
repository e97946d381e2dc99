import { DEFAULT_SETTINGS } from '../settings';
import { DEFAULT_TIERS } from './tier.definitions';
import { reviewOutcome, tierForGrowth, tierPeriod, tierProgress, upgradeTarget } from './tier.rules';

const tiers = DEFAULT_TIERS;

test('the tier is the highest threshold met', () => {
  expect(tierForGrowth(tiers, 0).code).toBe('MEMBER');
  expect(tierForGrowth(tiers, 999).code).toBe('MEMBER');
  expect(tierForGrowth(tiers, 1000).code).toBe('SILVER');
  expect(tierForGrowth(tiers, 25_000).code).toBe('DIAMOND');
});

test('progress names the next tier and the growth still needed', () => {
  expect(tierProgress(tiers, 'SILVER', 1200)).toMatchObject({ current: { code: 'SILVER' }, next: { code: 'GOLD' }, growthToNext: 3800, growthToKeep: 0 });
  expect(tierProgress(tiers, 'GOLD', 4000)).toMatchObject({ next: { code: 'DIAMOND' }, growthToNext: 16000, growthToKeep: 1000 });
  expect(tierProgress(tiers, 'DIAMOND', 30_000)).toMatchObject({ next: null, growthToNext: 0 });
});

test('upgrades only go up; reviews may go down', () => {
  expect(upgradeTarget(tiers, 'MEMBER', 5000)?.code).toBe('GOLD');
  expect(upgradeTarget(tiers, 'GOLD', 10)).toBeNull();
  expect(reviewOutcome(tiers, 'GOLD', 10)).toMatchObject({ to: { code: 'MEMBER' }, reason: 'DOWNGRADE' });
  expect(reviewOutcome(tiers, 'GOLD', 6000)).toMatchObject({ to: { code: 'GOLD' }, reason: 'RENEW' });
  expect(reviewOutcome(tiers, 'SILVER', 6000)).toMatchObject({ to: { code: 'GOLD' }, reason: 'UPGRADE' });
});

test('a tier period ends with the 12th month after, the review follows after the grace days', () => {
  const p = tierPeriod(tiers, 'SILVER', new Date('2026-01-15T02:00:00Z'), DEFAULT_SETTINGS);
  expect(p.validUntil?.toISOString()).toBe('2027-01-31T16:00:00.000Z');
  expect(p.reviewAt?.toISOString()).toBe('2027-03-02T16:00:00.000Z');
  expect(tierPeriod(tiers, 'MEMBER', new Date(), DEFAULT_SETTINGS)).toEqual({ validUntil: null, reviewAt: null });
});
