import { readMarketingSettings } from './config';
import { DEFAULT_SETTINGS, validateSettings } from './settings';

test('defaults: quiet hours 21:00–09:00 Shanghai on SMS, PUSH and WECHAT, none on EMAIL; frozen', () => {
  const s = readMarketingSettings({});
  expect(s.channels.SMS).toEqual({ maxPerWindow: 2, windowHours: 24, quietStart: '21:00', quietEnd: '09:00' });
  expect(s.channels.EMAIL.quietStart).toBeNull();
  expect(Object.isFrozen(s)).toBe(true);
});

test('environment overrides are validated, every problem named', () => {
  expect(readMarketingSettings({ MARKETING_ATTRIBUTION_DAYS: '14' }).attributionDays).toBe(14);
  expect(() => readMarketingSettings({ MARKETING_ATTRIBUTION_DAYS: 'soon' })).toThrow(/MARKETING_ATTRIBUTION_DAYS is invalid/);
  expect(() => validateSettings({ ...DEFAULT_SETTINGS, previewSampleSize: 0, channels: { ...DEFAULT_SETTINGS.channels, SMS: { maxPerWindow: -1, windowHours: 24, quietStart: '9pm', quietEnd: null } } })).toThrow(
    /SMS.maxPerWindow must be an integer >= 0\n {2}SMS quiet hours need both a start and an end\n {2}SMS quiet hours must be HH:MM, got 9pm\n {2}previewSampleSize must be 1–100/,
  );
});

test('the base tier defaults to MEMBER, follows MARKETING_BASE_TIER and must be a tier code', () => {
  expect(readMarketingSettings({}).baseTier).toBe('MEMBER');
  expect(readMarketingSettings({ MARKETING_BASE_TIER: 'BASIC' }).baseTier).toBe('BASIC');
  expect(() => readMarketingSettings({ MARKETING_BASE_TIER: 'basic tier' })).toThrow(/baseTier must be a tier code like MEMBER/);
});
