import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { Context } from '../context';
import type { LoyaltyExportService } from './data-export.service';
import { DataExport } from './data-export.type';

@Resolver(() => DataExport)
export class LoyaltyExportResolver {
  constructor(private readonly loyaltyExportService: LoyaltyExportService) {}

  @FieldResolver(() => JSONObjectResolver, {
    nullable: true,
    description:
      'The loyalty section: member (tier, referral code), pointsBalance, tierHistory, ledger, growth, badges, checkIns, engagements, birthdayGifts, referredBy, referrals (README "Data export"). Null only when the loyalty service cannot answer, with an error.',
  })
  loyalty(@Root() dataExport: DataExport, @Ctx() ctx: Context) {
    return this.loyaltyExportService.section(ctx.actor, dataExport.customerId);
  }
}
