import { DeadLetterStore } from '@member-graph/common/events';
import { BadgeService } from './badge/badge.service';
import { BirthdayService } from './birthday/birthday.service';
import { CheckInService } from './check-in/check-in.service';
import type { Deps } from './deps';
import { EarningRepository } from './earning/earning.repository';
import { EarningService } from './earning/earning.service';
import { EngagementService } from './engagement/engagement.service';
import { FingerprintRepository } from './referral/fingerprint.repository';
import { LoyaltyErasureService } from './erasure/erasure.service';
import { GrowthService } from './growth/growth.service';
import { MemberService } from './member/member.service';
import { LoyaltyMergeService } from './merge/merge.service';
import { PointsExpiryService } from './points/points-expiry.service';
import { PointsLedger } from './points/points.repository';
import { PointsService } from './points/points.service';
import { PointsStreamService } from './points/points-stream.service';
import type { ProgrammeService } from './programme/programme.service';
import { ReferralService } from './referral/referral.service';
import { RewardService } from './reward/reward.service';
import { TierService } from './tier/tier.service';
import { TierMixService } from './tier-mix/tier-mix.service';
import { LoyaltyExportService } from './export/data-export.service';
import { PointsAdjustmentAuditService } from './audit/points-adjustment-audit.service';

export type { Deps };

/** Wires the loyalty subgraph's services by hand (no DI library). Add new services here. */
export function createServices(deps: Deps, programme: ProgrammeService) {
  const members = new MemberService(deps);
  const ledger = new PointsLedger(deps);
  const growth = new GrowthService(deps);
  const tiers = new TierService(deps, growth);
  const badges = new BadgeService(deps);
  const points = new PointsService(deps, members, ledger);
  const expiry = new PointsExpiryService(deps, ledger);
  const birthdays = new BirthdayService(deps, members, ledger);
  const referrals = new ReferralService(deps, members, ledger, badges, new FingerprintRepository());
  const earning = new EarningService(deps, members, ledger, growth, tiers, badges, referrals, birthdays, new EarningRepository());
  const checkIns = new CheckInService(deps, members, ledger, growth, tiers, badges);
  const engagements = new EngagementService(deps, members, growth, tiers, badges);
  const rewards = new RewardService(deps, members, ledger);
  const merges = new LoyaltyMergeService(deps, members, ledger, growth, tiers, badges, referrals, birthdays, earning, checkIns, engagements, rewards);
  const erasures = new LoyaltyErasureService(deps, members, ledger);
  const pointsStream = new PointsStreamService(deps);
  const deadLetters = new DeadLetterStore(deps.dataSource, 'loyalty');
  const tierMix = new TierMixService(deps);
  const dataExports = new LoyaltyExportService(deps);
  const adjustmentAudit = new PointsAdjustmentAuditService(deps);
  return { programme, deadLetters, pointsStream, members, ledger, growth, tiers, badges, points, expiry, birthdays, referrals, earning, checkIns, engagements, merges, erasures, tierMix, dataExports, adjustmentAudit, rewards };
}

export type Services = ReturnType<typeof createServices>;
