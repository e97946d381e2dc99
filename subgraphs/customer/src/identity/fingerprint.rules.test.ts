import { fingerprintsOf } from './fingerprint.rules';

test('fingerprints are keyed, opaque, de-duplicated, and equal for the same phone or unionid only', () => {
  const a = fingerprintsOf('k1', { phones: ['13800138000', '13800138000', null], unionIds: ['u_1'] });
  expect(a).toHaveLength(2);
  expect(a.join()).not.toContain('13800138000');
  const phoneOnly = fingerprintsOf('k1', { phones: ['13800138000'], unionIds: [] });
  expect(phoneOnly).toHaveLength(1);
  expect(a).toContain(phoneOnly[0]);
  expect(fingerprintsOf('k2', { phones: ['13800138000'], unionIds: [] })).not.toEqual(fingerprintsOf('k1', { phones: ['13800138000'], unionIds: [] }));
  // a phone and a unionid with the same characters are different things
  expect(fingerprintsOf('k1', { phones: ['x'], unionIds: [] })).not.toEqual(fingerprintsOf('k1', { phones: [], unionIds: ['x'] }));
  expect(fingerprintsOf('k1', { phones: [], unionIds: [] })).toEqual([]);
});
