import type { JobDefinition } from '@member-graph/common/jobs';
import type { Services } from './services';

/** The loyalty subgraph's scheduled jobs; each is idempotent and reads the injected clock. */
export function loyaltyJobs(s: Services): JobDefinition[] {
  const every = s.deps.settings.jobs;
  return [
    { name: 'loyalty.points-expiry', everyMs: every.expiryEveryMs, run: () => s.expiry.expireDue() },
    { name: 'loyalty.birthday-grants', everyMs: every.birthdayEveryMs, run: () => s.birthdays.grantDue() },
    { name: 'loyalty.tier-review', everyMs: every.tierReviewEveryMs, run: () => s.tiers.reviewDue() },
  ];
}
