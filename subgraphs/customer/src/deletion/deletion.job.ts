import type { JobDefinition } from '@member-graph/common/jobs';
import type { AccountDeletionService } from './deletion.service';

/** Carries out the account deletion requests whose cooling-off period has passed, every 15 minutes (idempotent; see AccountDeletionService.eraseDue). */
export const accountDeletionJob = (deletions: AccountDeletionService): JobDefinition => ({
  name: 'customer.account-deletion',
  everyMs: 15 * 60_000,
  run: () => deletions.eraseDue(),
});
