import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '@member-graph/common/graphql';
import type { Context } from '../context';
import type { AgentService } from './agent.service';
import { AgentFilter, SetAgentSkillsInput, SetAgentStatusInput } from './agent.inputs';
import { Agent, AgentConnection } from './agent.type';

@Resolver(() => Agent)
export class AgentResolver {
  constructor(private readonly agentService: AgentService) {}

  @Query(() => AgentConnection, { description: 'The agent directory by agent id, with each agent\'s skills, status and load (agents, admins, integrations).' })
  agents(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => AgentFilter, { nullable: true, description: 'Filters (optional).' }) filter?: AgentFilter | null,
  ) {
    return this.agentService.directory(ctx.actor, filter, first, after);
  }

  @Mutation(() => Agent, { description: 'Set an agent\'s routing skills and capacity (admins); registers the agent the first time.' })
  setAgentSkills(@Arg('input', { description: 'The skills.' }) input: SetAgentSkillsInput, @Ctx() ctx: Context) {
    return this.agentService.setSkills(ctx.actor, { ...input, displayName: input.displayName ?? null });
  }

  @Mutation(() => Agent, { description: 'Go online or offline (an agent for themself, admins for any agent). Online: waiting tickets they are skilled for are routed to them; offline: their open tickets are re-routed.' })
  setAgentStatus(@Arg('input', { description: 'The status.' }) input: SetAgentStatusInput, @Ctx() ctx: Context) {
    return this.agentService.setStatus(ctx.actor, input);
  }
}
