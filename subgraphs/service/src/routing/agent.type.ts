import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { PageInfo } from '@member-graph/common/graphql';

@ObjectType({ description: 'A service agent of routing by skill: skills, capacity, online status and current load.' })
export class Agent {
  @Field({ description: 'The agent id (the subject of their staff token).' })
  agentId: string;

  @Field(() => String, { nullable: true, description: 'The name shown to colleagues.' })
  displayName: string | null;

  @Field(() => [String], { description: 'Routing categories the agent handles: complaint categories (PRODUCT_QUALITY, REFUND, …) and the ticket types CONSULTATION and AFTER_SALES.' })
  categories: string[];

  @Field(() => [String], { description: 'Languages the agent serves in (two-letter codes such as zh, en).' })
  languages: string[];

  @Field({ description: 'True when the agent serves VIP customers (VIP tiers go to VIP agents when one is online).' })
  vip: boolean;

  @Field(() => Int, { description: 'How many open tickets the agent may hold at once (0–100).' })
  capacity: number;

  @Field({ description: 'True while the agent is online and receives tickets.' })
  online: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the agent last went online or offline.' })
  onlineChangedAt: Date | null;

  @Field(() => Int, { description: 'The open tickets (NEW, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER) assigned to the agent now.' })
  load: number;
}

@ObjectType({ description: 'An agent and their cursor.' })
export class AgentEdge {
  @Field(() => Agent, { description: 'The agent.' })
  node: Agent;

  @Field({ description: 'Pass as `after` to read on from this agent.' })
  cursor: string;
}

@ObjectType({ description: 'A page of the agent directory, by agent id.' })
export class AgentConnection {
  @Field(() => [AgentEdge], { description: 'The agents of this page with their cursors.' })
  edges: AgentEdge[];

  @Field(() => [Agent], { description: 'The agents of this page.' })
  nodes: Agent[];

  @Field(() => PageInfo, { description: 'Where this page sits in the directory.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many agents the directory holds (with the same filter), counted only when asked.' })
  totalCount: number;
}
