import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@member-graph/common/graphql';
import type { Context } from '../context';
import type { CampaignService } from './campaign.service';
import type { ChannelPolicyService } from './channel-policy.service';
import { CouponTemplate } from '../coupon/coupon.type';
import { Segment } from '../segment/segment.type';
import { CampaignPhase, SendStatus } from './campaign.enums';
import { CreateCampaignInput, SetChannelPolicyInput, UpdateCampaignInput } from './campaign.inputs';
import type { CampaignRow } from './campaign.repository';
import { Campaign, CampaignArmReport, CampaignVariant, ChannelPolicy, SendLogConnection } from './campaign.type';

@Resolver(() => Campaign)
export class CampaignResolver {
  constructor(
    private readonly campaignService: CampaignService,
    private readonly policies: ChannelPolicyService,
  ) {}

  @Query(() => [Campaign], { description: 'Campaigns, oldest first (marketers, admins, agents).' })
  campaigns(@Ctx() ctx: Context) {
    return this.campaignService.list(ctx.actor);
  }

  @Query(() => Campaign, { description: 'One campaign (marketers, admins, agents).' })
  campaign(@Arg('id', () => ID, { description: 'The campaign id.' }) id: string, @Ctx() ctx: Context) {
    return this.campaignService.get(ctx.actor, id);
  }

  @Query(() => SendLogConnection, { description: 'Every send decision, newest first: sent, suppressed and why, deferred, held out (marketers, admins, agents).' })
  sendLog(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { nullable: true, description: 'Only this campaign.' }) campaignId?: string | null,
    @Arg('customerId', () => ID, { nullable: true, description: 'Only this customer.' }) customerId?: string | null,
    @Arg('status', () => SendStatus, { nullable: true, description: 'Only this decision.' }) status?: SendStatus | null,
  ) {
    return this.campaignService.sendLog(ctx.actor, { campaignId, customerId, status }, first, after);
  }

  @Query(() => [ChannelPolicy], { description: 'Frequency caps and quiet hours of every channel (marketers, admins, agents).' })
  channelPolicies(@Ctx() ctx: Context) {
    return this.policies.list(ctx.actor);
  }

  @Mutation(() => Campaign, { description: 'Create a campaign as a draft (marketers, admins).' })
  createCampaign(@Arg('input', { description: 'The campaign.' }) input: CreateCampaignInput, @Ctx() ctx: Context) {
    return this.campaignService.create(ctx.actor, input);
  }

  @Mutation(() => Campaign, { description: 'Launch a draft or resume a paused campaign (marketers, admins): one-shot sends are queued, trigger timers planned.' })
  launchCampaign(@Arg('id', () => ID, { description: 'The campaign id.' }) id: string, @Ctx() ctx: Context) {
    return this.campaignService.launch(ctx.actor, id);
  }

  @Mutation(() => Campaign, { description: 'Change a campaign\'s window (startsAt, endsAt) and budget, in any state (marketers, admins); queued one-shot sends move to the new start.' })
  updateCampaign(
    @Arg('id', () => ID, { description: 'The campaign id.' }) id: string,
    @Arg('input', { description: 'The changes: a field left out keeps its value, null clears it.' }) input: UpdateCampaignInput,
    @Ctx() ctx: Context,
  ) {
    return this.campaignService.update(ctx.actor, id, input);
  }

  @Mutation(() => Campaign, { description: 'Pause an active campaign (marketers, admins).' })
  pauseCampaign(@Arg('id', () => ID, { description: 'The campaign id.' }) id: string, @Ctx() ctx: Context) {
    return this.campaignService.pause(ctx.actor, id);
  }

  @Mutation(() => ChannelPolicy, { description: 'Set a channel\'s frequency cap and quiet hours (marketers, admins).' })
  setChannelPolicy(@Arg('input', { description: 'The channel and its cap and quiet hours.' }) input: SetChannelPolicyInput, @Ctx() ctx: Context) {
    return this.policies.set(ctx.actor, input);
  }

  @FieldResolver(() => Segment, { nullable: true, description: 'The audience segment.' })
  segment(@Root() c: CampaignRow, @Ctx() ctx: Context) {
    return c.segmentId ? ctx.loaders.segmentById.load(c.segmentId) : null;
  }

  @FieldResolver(() => CouponTemplate, { nullable: true, description: 'The coupon each message carries.' })
  couponTemplate(@Root() c: CampaignRow, @Ctx() ctx: Context) {
    return c.couponTemplateId ? ctx.loaders.templateById.load(c.couponTemplateId) : null;
  }

  @FieldResolver(() => [CampaignVariant], { description: 'The variants and the holdout, with their shares.' })
  async variants(@Root() c: CampaignRow, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.variantsByCampaign.load(c.id);
    const total = rows.reduce((s, r) => s + r.weight, 0) || 1;
    return rows.map((r) => ({ ...r, sharePercent: Math.round((10_000 * r.weight) / total) / 100 }));
  }

  @FieldResolver(() => CampaignPhase, { description: 'Where the campaign stands against its window now: SCHEDULED (before startsAt), OPEN, ENDED (from endsAt on).' })
  phase(@Root() c: CampaignRow) {
    return this.campaignService.phase(c);
  }

  @FieldResolver(() => [CampaignArmReport], { description: 'Sends, conversions, revenue, incremental revenue against the holdout, cost and ROI per variant.' })
  report(@Root() c: CampaignRow, @Ctx() ctx: Context) {
    return ctx.loaders.reportByCampaign.load(c.id);
  }
}
