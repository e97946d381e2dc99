import { emptyFacts } from '../facts/facts.types';
import { audienceRefusal, capWindowStart, contactDecision } from './delivery.rules';

const facts = (over: Partial<ReturnType<typeof emptyFacts>> = {}) => ({ ...emptyFacts('00000000-0000-4000-8000-000000000001'), ...over });
const sms = { personalised: true, channel: 'SMS' };

test('personalisation opt-out and consent decide whether a customer is in a campaign\'s audience at all', () => {
  expect(audienceRefusal(sms, facts({ consents: ['SMS:MARKETING'] }))).toBeNull();
  expect(audienceRefusal(sms, facts({ consents: ['SMS:MARKETING'], personalised: false }))).toBe('PERSONALISATION_OFF');
  expect(audienceRefusal({ ...sms, personalised: false }, facts({ consents: ['SMS:MARKETING'], personalised: false }))).toBeNull();
  expect(audienceRefusal(sms, facts({ consents: ['SMS:SERVICE', 'EMAIL:MARKETING'] }))).toBe('NO_CONSENT');
  expect(audienceRefusal(sms, null)).toBe('NO_CONSENT');
});

test('the frequency cap comes before the quiet hours, which defer to their end (Asia/Shanghai)', () => {
  const policy = { maxPerWindow: 2, windowHours: 24, quietStart: '21:00', quietEnd: '09:00' };
  const day = new Date('2026-01-15T02:00:00.000Z'); // 10:00 Shanghai
  const night = new Date('2026-01-15T14:00:00.000Z'); // 22:00 Shanghai
  expect(contactDecision(policy, 1, day)).toEqual({ go: true });
  expect(contactDecision(policy, 2, day)).toEqual({ go: false, reason: 'FREQUENCY_CAP' });
  expect(contactDecision(policy, 2, night)).toEqual({ go: false, reason: 'FREQUENCY_CAP' });
  expect(contactDecision(policy, 0, night)).toEqual({ go: false, reason: 'QUIET_HOURS', until: new Date('2026-01-16T01:00:00.000Z') });
  expect(contactDecision({ ...policy, maxPerWindow: 0 }, 0, day)).toEqual({ go: false, reason: 'FREQUENCY_CAP' });
  expect(capWindowStart(policy, day)).toEqual(new Date('2026-01-14T02:00:00.000Z'));
});
