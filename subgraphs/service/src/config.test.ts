import { readServiceSettings } from './config';
import { DEFAULT_SETTINGS } from './settings';

test('defaults validate; environment overrides apply; bad settings name every problem', () => {
  expect(readServiceSettings({})).toEqual(DEFAULT_SETTINGS);
  expect(readServiceSettings({ SERVICE_REOPEN_WINDOW_DAYS: '3' }).reopenWindowDays).toBe(3);
  const rules = JSON.stringify([{ name: 'BIG', kind: 'ORDER_AMOUNT', types: ['COMPLAINT', 'AFTER_SALES'], minAmountCents: 50_000, raiseTo: 'URGENT' }]);
  expect(readServiceSettings({ SERVICE_ESCALATION_RULES_JSON: rules }).escalation[0].raiseTo).toBe('URGENT');
  const bad = JSON.stringify([{ name: 'x', kind: 'TIER', types: ['NOPE'], minTier: 'PLATINUM', raiseTo: 'SOON' }]);
  expect(() => readServiceSettings({ SERVICE_ESCALATION_RULES_JSON: bad })).toThrow(/UPPER_SNAKE[\s\S]*raiseTo[\s\S]*types[\s\S]*minTier/);
  expect(() => readServiceSettings({ SERVICE_SLA_JSON: '{' })).toThrow(/SERVICE_SLA_JSON must be JSON/);
});

test('routing and proactive care settings come from the environment, validated', () => {
  const s = readServiceSettings({ SERVICE_ROUTING_VIP_TIERS: 'GOLD, DIAMOND', SERVICE_CARE_COMPLAINTS: '5', SERVICE_CARE_WINDOW_HOURS: '48', SERVICE_CARE_BUYERS_DAYS: '14' });
  expect(s.routing.vipTiers).toEqual(['GOLD', 'DIAMOND']);
  expect(s.care).toMatchObject({ complaints: 5, windowHours: 48, buyersDays: 14 });
  expect(() => readServiceSettings({ SERVICE_ROUTING_VIP_TIERS: 'PLATINUM', SERVICE_CARE_COMPLAINTS: '1', SERVICE_CARE_BUYERS_DAYS: '0' })).toThrow(
    /unknown tier PLATINUM[\s\S]*SERVICE_CARE_COMPLAINTS[\s\S]*SERVICE_CARE_BUYERS_DAYS/,
  );
});
