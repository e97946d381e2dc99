import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { DataExportService } from './data-export.service';
import { DataExport } from './data-export.type';

@Resolver(() => DataExport)
export class DataExportResolver {
  constructor(private readonly dataExportService: DataExportService) {}

  @Query(() => DataExport, {
    description:
      'The signed-in customer: all of my data as one document (PIPL Art. 45), from every domain, unmasked; audited; at most 10 an hour (EXPORT_LIMIT_REACHED). Customer tokens only (staff: FORBIDDEN). Shape: README "Data export".',
  })
  myDataExport(@Ctx() ctx: Context) {
    return this.dataExportService.mine(ctx.actor, ctx.loaders.customerById);
  }

  @Query(() => DataExport, {
    description:
      "Admins, acting on a person's request: that customer's data export (a merged id answers the survivor), unmasked and audited (a DATA_EXPORT entry and PII reveals of phone and email). Others: FORBIDDEN; unknown or erased: NOT_FOUND.",
  })
  customerDataExport(@Arg('customerId', () => ID, { description: 'Whose data.' }) customerId: string, @Ctx() ctx: Context) {
    return this.dataExportService.forCustomer(ctx.actor, customerId, ctx.loaders.customerById);
  }
}
