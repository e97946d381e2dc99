import { MemberEntity } from './member/member.entity';
import { PointsEntryEntity, PointsLotEntity } from './points/points.entity';
import { TierChangeEntity } from './tier/tier.entity';
import { CustomerBadgeEntity } from './badge/badge.entity';
import { CheckInEntity } from './check-in/check-in.entity';
import { ReferralEntity } from './referral/referral.entity';
import { RewardEntity, RewardExchangeEntity } from './reward/reward.entity';

/**
 * Every TypeORM entity of schema "loyalty" that is read through repositories. The bookkeeping tables
 * (growth_entries, order_earnings, order_refunds, engagements, birthday_grants) are written and
 * aggregated with SQL by their services only.
 */
export const entities = [MemberEntity, PointsEntryEntity, PointsLotEntity, TierChangeEntity, CustomerBadgeEntity, CheckInEntity, ReferralEntity, RewardEntity, RewardExchangeEntity];
