import { fingerprintsOf } from './fingerprint.rules';

test('fingerprints are keyed, opaque, de-duplicated, and equal for the same phone or unionid only', () => {
  const a = fingerprintsOf('k1', { phones: ['13800138000', '13800138000', null], unionIds: ['u_1'] });
  expect(a).toHaveLength(2);
  expect(a.join()).not.toContain('13800138000');
  expect(fingerprintsOf('k1', { phones: ['13800138000'], unionIds: [] })[0]).toBe(a.find((f) => fingerprintsOf('k1', { phones: ['13800138000'], unionIds: [] }).includes(f)));
  expect(fingerprintsOf('k2', { phones: ['13800138000'], unionIds: [] })).not.toEqual(fingerprintsOf('k1', { phones: ['13800138000'], unionIds: [] }));
  // a phone and a unionid with the same characters are different things
  expect(fingerprintsOf('k1', { phones: ['x'], unionIds: [] })).not.toEqual(fingerprintsOf('k1', { phones: [], unionIds: ['x'] }));
  expect(fingerprintsOf('k1', { phones: [], unionIds: [] })).toEqual([]);
});
