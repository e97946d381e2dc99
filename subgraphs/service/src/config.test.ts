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
