import type { JobDefinition } from '@member-graph/common/jobs';
import type { BirthdayService } from './birthday/birthday.service';
import type { PointsExpiryService } from './points/points-expiry.service';
import type { LoyaltySettings } from './settings';
import type { TierService } from './tier/tier.service';

/** The loyalty subgraph's scheduled jobs; each is idempotent and reads the injected clock. */
export function loyaltyJobs(
  every: LoyaltySettings['jobs'],
  pointsExpiryService: PointsExpiryService,
  birthdayService: BirthdayService,
  tierService: TierService,
): JobDefinition[] {
  return [
    { name: 'loyalty.points-expiry', everyMs: every.expiryEveryMs, run: () => pointsExpiryService.expireDue() },
    { name: 'loyalty.birthday-grants', everyMs: every.birthdayEveryMs, run: () => birthdayService.grantDue() },
    { name: 'loyalty.tier-review', everyMs: every.tierReviewEveryMs, run: () => tierService.reviewDue() },
  ];
}
