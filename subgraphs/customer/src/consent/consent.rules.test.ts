import { completeConsents, isConsentChange, mergeConsentStates } from './consent.rules';

const at = (iso: string) => new Date(iso);

test('all 8 channel × purpose pairs are listed; never given is not granted, with no source or time', () => {
  const views = completeConsents([{ channel: 'SMS', purpose: 'MARKETING', granted: true, source: 'APP_SETTINGS', at: at('2026-01-01T00:00:00Z') }]);
  expect(views).toHaveLength(8);
  expect(views[0]).toEqual({ channel: 'SMS', purpose: 'MARKETING', granted: true, source: 'APP_SETTINGS', at: at('2026-01-01T00:00:00Z') });
  expect(views[1]).toEqual({ channel: 'SMS', purpose: 'SERVICE', granted: false, source: null, at: null });
  expect(views.map((v) => `${v.channel}:${v.purpose}`)).toEqual([
    'SMS:MARKETING', 'SMS:SERVICE', 'PUSH:MARKETING', 'PUSH:SERVICE', 'WECHAT:MARKETING', 'WECHAT:SERVICE', 'EMAIL:MARKETING', 'EMAIL:SERVICE',
  ]);
});

test('only a flip of the granted state is a change; withdrawing what was never given is not', () => {
  expect(isConsentChange(null, true)).toBe(true);
  expect(isConsentChange(null, false)).toBe(false);
  expect(isConsentChange({ granted: true }, true)).toBe(false);
  expect(isConsentChange({ granted: true }, false)).toBe(true);
});

test('merging keeps the most recent decision per pair and reports the survivor pairs that flip', () => {
  const survivor = [
    { channel: 'SMS', purpose: 'MARKETING', granted: true, source: 'APP_SETTINGS', at: at('2026-01-10T00:00:00Z') },
    { channel: 'EMAIL', purpose: 'SERVICE', granted: true, source: 'STORE_FORM', at: at('2026-01-01T00:00:00Z') },
  ];
  const merged = [
    { channel: 'SMS', purpose: 'MARKETING', granted: false, source: 'UNSUBSCRIBE', at: at('2026-01-05T00:00:00Z') }, // older: ignored
    { channel: 'EMAIL', purpose: 'SERVICE', granted: false, source: 'AGENT', at: at('2026-01-02T00:00:00Z') }, // newer: wins, flips
    { channel: 'PUSH', purpose: 'MARKETING', granted: true, source: 'APP_SETTINGS', at: at('2026-01-03T00:00:00Z') }, // new pair, flips
    { channel: 'WECHAT', purpose: 'SERVICE', granted: false, source: 'IMPORT', at: at('2026-01-03T00:00:00Z') }, // new pair, no flip
  ];
  const { take, flipped } = mergeConsentStates(survivor, merged);
  expect(take.map((t) => `${t.channel}:${t.purpose}`)).toEqual(['EMAIL:SERVICE', 'PUSH:MARKETING', 'WECHAT:SERVICE']);
  expect(flipped.map((t) => `${t.channel}:${t.purpose}:${t.granted}`)).toEqual(['EMAIL:SERVICE:false', 'PUSH:MARKETING:true']);
});
