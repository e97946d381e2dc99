import { domainErrorOf } from '@member-graph/common/testing';
import { checkProfileChange } from './profile.rules';

const unset = { birthday: null, phone: '13800000000' };
const set = { birthday: '1990-05-20', phone: '13800000000' };

describe('checkProfileChange', () => {
  test('a customer sets their birthday once; staff correct it later; the change is audited', () => {
    expect(checkProfileChange('customer', unset, { birthday: '1990-05-20' })).toEqual(['birthday']);
    expect(domainErrorOf(() => checkProfileChange('customer', set, { birthday: '1991-01-01' }))).toEqual(['BIRTHDAY_ALREADY_SET', 'birthday']);
    expect(domainErrorOf(() => checkProfileChange('customer', set, { birthday: null }))).toEqual(['BIRTHDAY_ALREADY_SET', 'birthday']);
    expect(checkProfileChange('agent', set, { birthday: '1991-01-01' })).toEqual(['birthday']);
    expect(checkProfileChange('admin', set, { birthday: '1991-01-01' })).toEqual(['birthday']);
  });

  test('the same value again is no change: nothing refused, nothing audited', () => {
    expect(checkProfileChange('customer', set, { birthday: '1990-05-20', phone: '13800000000' })).toEqual([]);
    expect(checkProfileChange('customer', set, { name: '新名字' })).toEqual([]);
  });

  test('the phone changes only through the integration role', () => {
    for (const role of ['customer', 'agent', 'admin'] as const) {
      expect(domainErrorOf(() => checkProfileChange(role, set, { phone: '13900000000' }))).toEqual(['PHONE_VERIFICATION_REQUIRED', 'phone']);
      expect(domainErrorOf(() => checkProfileChange(role, set, { phone: null }))).toEqual(['PHONE_VERIFICATION_REQUIRED', 'phone']);
    }
    expect(checkProfileChange('system', set, { phone: '13900000000' })).toEqual(['phone']);
  });
});
