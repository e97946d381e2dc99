import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'An agent\'s skills and capacity (admins); registers the agent the first time.' })
export class SetAgentSkillsInput {
  @Field({ description: 'The agent id (the subject of their staff token; 1–128 letters, digits or . _ @ : -).' })
  agentId: string;

  @Field(() => String, { nullable: true, description: 'The name shown to colleagues (up to 100 characters).' })
  displayName?: string | null;

  @Field(() => [String], { description: 'Routing categories (up to 9): complaint categories and CONSULTATION, AFTER_SALES.' })
  categories: string[];

  @Field(() => [String], { description: 'Languages (1–10 two-letter codes such as zh, en).' })
  languages: string[];

  @Field({ description: 'Serves VIP customers.' })
  vip: boolean;

  @Field(() => Int, { description: 'Open tickets the agent may hold at once (0–100).' })
  capacity: number;
}

@InputType({ description: 'An agent going online or offline.' })
export class SetAgentStatusInput {
  @Field({ description: 'True: online (receives tickets, filled from the queue); false: offline (their open tickets go to others).' })
  online: boolean;

  @Field(() => String, { nullable: true, description: 'The agent (admins only; an agent sets their own status and may omit it).' })
  agentId?: string | null;
}

@InputType({ description: 'Filters of the agent directory.' })
export class AgentFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only online (true) or offline (false) agents.' })
  online?: boolean | null;
}
