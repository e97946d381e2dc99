import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { PointsAdjustmentAuditService } from './points-adjustment-audit.service';
import { PointsAdjustmentConnection, PointsAdjustmentFilter } from './points-adjustment-audit.type';

@Resolver()
export class PointsAdjustmentAuditResolver {
  constructor(private readonly pointsAdjustmentAuditService: PointsAdjustmentAuditService) {}

  @Query(() => PointsAdjustmentConnection, {
    description:
      "Admins: the audit of staff points adjustments (the loyalty part of the audit trail; the rest is `auditTrail`), newest first, filtered by customer, actor and time.",
  })
  pointsAdjustmentAudit(
    @Arg('filter', () => PointsAdjustmentFilter, { nullable: true, description: 'Which adjustments (omitted: all).' }) filter: PointsAdjustmentFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor (an endCursor of a previous page).' }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.pointsAdjustmentAuditService.page(ctx.actor, filter, first, after);
  }
}
