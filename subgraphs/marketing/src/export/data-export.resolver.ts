import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { Context } from '../context';
import type { MarketingExportService } from './data-export.service';
import { DataExport } from './data-export.type';

@Resolver(() => DataExport)
export class MarketingExportResolver {
  constructor(private readonly marketingExportService: MarketingExportService) {}

  @FieldResolver(() => JSONObjectResolver, {
    nullable: true,
    description:
      'The marketing section: personalisation choice, coupons, segment memberships, send log (with the messages sent), A/B assignments (README "Data export"). Null only when the marketing subgraph cannot answer, with an error.',
  })
  marketing(@Root() dataExport: DataExport, @Ctx() ctx: Context) {
    return this.marketingExportService.section(ctx.actor, dataExport.customerId);
  }
}
