import { readCustomerSettings } from './config';

test('the cooling-off period defaults to 7 days and is validated', () => {
  expect(readCustomerSettings({}).accountDeletionCoolingOffDays).toBe(7);
  expect(readCustomerSettings({ ACCOUNT_DELETION_COOLING_OFF_DAYS: '30' }).accountDeletionCoolingOffDays).toBe(30);
  for (const bad of ['0', '91', '1.5', 'soon']) {
    expect(() => readCustomerSettings({ ACCOUNT_DELETION_COOLING_OFF_DAYS: bad })).toThrow(/ACCOUNT_DELETION_COOLING_OFF_DAYS/);
  }
});
