import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, toConnection } from '@member-graph/common/graphql';
import type { Context } from '../context';
import { SaveSegmentInput, SegmentRuleInput } from './segment.inputs';
import type { SegmentRow, SegmentService } from './segment.service';
import { Segment, SegmentChange, SegmentMemberConnection, SegmentPreview } from './segment.type';

@Resolver(() => Segment)
export class SegmentResolver {
  constructor(
    private readonly segmentService: SegmentService,
  ) {}

  @Query(() => SegmentPreview, { description: 'What a rule selects right now: the count and a sample, without saving (marketers, admins).' })
  previewSegment(@Arg('rule', () => SegmentRuleInput, { description: 'The rule to try.' }) rule: SegmentRuleInput, @Ctx() ctx: Context) {
    return this.segmentService.preview(ctx.actor, rule);
  }

  @Query(() => [Segment], { description: 'Saved segments by name (marketers, admins, agents).' })
  segments(
    @Ctx() ctx: Context,
    @Arg('includeArchived', () => Boolean, { nullable: true, description: 'Also list archived segments (default false).' }) includeArchived?: boolean | null,
  ) {
    return this.segmentService.list(ctx.actor, includeArchived ?? false);
  }

  @Query(() => Segment, { description: 'One segment (marketers, admins, agents).' })
  segment(@Arg('id', () => ID, { description: 'The segment id.' }) id: string, @Ctx() ctx: Context) {
    return this.segmentService.get(ctx.actor, id, ctx.loaders.segmentById);
  }

  @Query(() => [SegmentChange], { description: 'A customer\'s segment joins and leaves, newest first (marketers, admins, agents).' })
  segmentChanges(
    @Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many (1–100, default 20).' }) first?: number | null,
  ) {
    return this.segmentService.changesOf(ctx.actor, customerId, first);
  }

  @Mutation(() => Segment, {
    description: 'Create or change a segment (marketers, admins). The rule is validated with clear errors; membership is computed at once and then kept up to date from events and timers.',
  })
  saveSegment(@Arg('input', { description: 'The segment: id (to change one), name, description and rule.' }) input: SaveSegmentInput, @Ctx() ctx: Context) {
    return this.segmentService.save(ctx.actor, input);
  }

  @Mutation(() => Segment, { description: 'Archive a segment: its members leave it (marketers, admins; refused while an active campaign targets it).' })
  archiveSegment(@Arg('id', () => ID, { description: 'The segment id.' }) id: string, @Ctx() ctx: Context) {
    return this.segmentService.archive(ctx.actor, id);
  }

  @FieldResolver(() => String, { description: 'The rule tree as JSON (the shape of SegmentRuleInput, with amounts in cents).' })
  ruleJson(@Root() s: SegmentRow) {
    return JSON.stringify(s.rule);
  }

  @FieldResolver(() => Int, { description: 'How many customers belong to it now.' })
  memberCount(@Root() s: SegmentRow, @Ctx() ctx: Context) {
    return ctx.loaders.segmentMemberCount.load(s.id);
  }

  @FieldResolver(() => SegmentMemberConnection, { description: 'Its members by customer id (Relay cursor pagination).' })
  async members(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Root() s: SegmentRow,
    @Ctx() ctx: Context,
  ) {
    const request = this.segmentService.membersRequest(s.id, first, after);
    const [rows, total] = await Promise.all([ctx.loaders.segmentMembers.load(request), ctx.loaders.segmentMemberCount.load(s.id)]);
    return toConnection(rows, request.first, (r) => [r.id], after, total);
  }
}
