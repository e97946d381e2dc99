import { ConfigError, num, readEnv } from '@member-graph/common/config';
import { DEFAULT_COOLING_OFF_DAYS, validCoolingOffDays } from './deletion/deletion.rules';

/** The customer domain's settings. */
export interface CustomerSettings {
  /** Days between a customer's account deletion request and the erasure (they may cancel meanwhile). */
  accountDeletionCoolingOffDays: number;
}

/** The settings: defaults overridden by `ACCOUNT_DELETION_COOLING_OFF_DAYS`, validated, frozen. */
export function readCustomerSettings(env: NodeJS.ProcessEnv = process.env, overrides: Partial<CustomerSettings> = {}): Readonly<CustomerSettings> {
  const raw = readEnv({ ACCOUNT_DELETION_COOLING_OFF_DAYS: num({ default: DEFAULT_COOLING_OFF_DAYS }) }, env);
  const settings: CustomerSettings = { accountDeletionCoolingOffDays: raw.ACCOUNT_DELETION_COOLING_OFF_DAYS, ...overrides };
  if (!validCoolingOffDays(settings.accountDeletionCoolingOffDays)) {
    throw new ConfigError('Invalid configuration:\n  ACCOUNT_DELETION_COOLING_OFF_DAYS must be a whole number of days from 1 to 90');
  }
  return Object.freeze(settings);
}
