import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { PersonalisationService } from './personalisation.service';
import type { ProjectionRebuild } from '../facts/rebuild.service';

@ObjectType({ description: 'A customer\'s personalisation switch.' })
export class PersonalisationSetting {
  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field({ description: 'True: personalised recommendations and campaigns; false: popular items only, and left out of personalised campaigns.' })
  enabled: boolean;
}

@ObjectType({ description: 'The outcome of a projection rebuild.' })
export class ProjectionRebuildResult {
  @Field(() => Int, { description: 'Events replayed from the log.' })
  replayedEvents: number;

  @Field(() => Int, { description: 'Segment joins and leaves the rebuilt facts caused (0 when nothing had drifted).' })
  segmentChanges: number;
}

@Resolver()
export class PersonalisationResolver {
  constructor(
    private readonly personalisation: PersonalisationService,
    private readonly rebuild: ProjectionRebuild,
  ) {}

  @Mutation(() => PersonalisationSetting, {
    description: 'Turn personalisation on or off for yourself (customers; PIPL Art. 24). Off: recommendations become popular items and personalised campaigns leave you out.',
  })
  setPersonalisation(@Arg('enabled', { description: 'The new setting.' }) enabled: boolean, @Ctx() ctx: Context) {
    return this.personalisation.set(ctx.actor, enabled);
  }

  @Mutation(() => ProjectionRebuildResult, { description: 'Rebuild marketing\'s customer-facts projection from the event log (admins).' })
  rebuildMarketingProjection(@Ctx() ctx: Context) {
    return this.rebuild.rebuildNow(ctx.actor);
  }
}
