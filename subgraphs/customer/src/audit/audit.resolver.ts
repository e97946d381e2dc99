import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AuditFilter } from './audit.inputs';
import type { AuditService } from './audit.service';
import { AuditEntryConnection } from './audit.type';

@Resolver()
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description:
      'Admins: the audit trail (merges, erasures, data exports, PII reveals, consent changes, audited profile changes, identity unlinks), newest first, filtered by customer, actor, kind and time. Points adjustments: `pointsAdjustmentAudit`.',
  })
  auditTrail(
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries (omitted: all).' }) filter: AuditFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor (an endCursor of a previous page).' }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.auditService.page(ctx.actor, filter, first, after);
  }
}
