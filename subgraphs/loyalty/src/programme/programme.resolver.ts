import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { BadgeDefinition } from '../badge/badge.definitions';
import { UpdateLoyaltyProgrammeInput } from './programme.inputs';
import type { ProgrammeService } from './programme.service';
import { LoyaltyProgrammeVersion } from './programme.type';

@Resolver()
export class ProgrammeResolver {
  constructor(private readonly programmeService: ProgrammeService) {}

  @Query(() => LoyaltyProgrammeVersion, { description: 'The loyalty programme in force (tiers, earning rules, badges) with its version (admin).' })
  loyaltyProgramme(@Ctx() ctx: Context) {
    return this.programmeService.inForceVersion(ctx.actor);
  }

  @Query(() => [LoyaltyProgrammeVersion], { description: 'The programme\'s history, newest first: every version with actor, time and reason (admin). Page with beforeVersion.' })
  loyaltyProgrammeVersions(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many versions (1–100).' }) first: number,
    @Arg('beforeVersion', () => Int, { nullable: true, description: 'Only versions below this one (the last one of the previous page).' }) beforeVersion?: number | null,
  ) {
    return this.programmeService.versions(ctx.actor, first, beforeVersion ?? null);
  }

  @Mutation(() => LoyaltyProgrammeVersion, {
    description: 'Saves the whole loyalty programme as a new version (admin): validated (BAD_USER_INPUT names the field; nothing changes), in force on every replica without a restart, announced as loyalty.programme_changed.',
  })
  updateLoyaltyProgramme(@Arg('input') input: UpdateLoyaltyProgrammeInput, @Ctx() ctx: Context) {
    const { tiers, badges, earning, reason, expectedVersion } = input;
    return this.programmeService.update(ctx.actor, { config: { tiers, badges: badges as BadgeDefinition[], earning }, reason, expectedVersion });
  }
}
