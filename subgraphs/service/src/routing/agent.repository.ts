import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../deps';
import type { RoutingAgent } from './routing.rules';

/** The statuses whose tickets count towards an agent's load. */
const OPEN = `('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER')`;

/** An agent as stored, with their load. */
export interface AgentRow extends RoutingAgent {
  displayName: string | null;
  online: boolean;
  onlineChangedAt: Date | null;
  updatedAt: Date;
}

/** The columns of an agent with their load (open tickets assigned to them), `a` being service.agents. */
export const AGENT_COLUMNS = `a.agent_id as "agentId", a.display_name as "displayName", a.categories, a.languages, a.vip, a.capacity, a.online,
  a.online_changed_at as "onlineChangedAt", a.updated_at as "updatedAt",
  (select count(*)::int from service.tickets t where t.assignee_id = a.agent_id and t.status in ${OPEN}) as load`;

/** The online agents skilled in a routing category, with their loads (one statement). */
export const onlineAgentsFor = (tx: EntityManager, category: string) =>
  queryRows<AgentRow>(tx, `select ${AGENT_COLUMNS} from service.agents a where a.online and $1 = any(a.categories)`, [category]);

export async function agentById(tx: EntityManager | DataSource, agentId: string): Promise<AgentRow | null> {
  const [row] = await queryRows<AgentRow>(tx, `select ${AGENT_COLUMNS} from service.agents a where a.agent_id = $1`, [agentId]);
  return row ?? null;
}

/**
 * The next waiting ticket an agent is skilled for (open, nobody's, category and language theirs),
 * highest priority first, then the oldest; locked, skipping tickets another transaction holds.
 */
export async function nextQueuedFor(tx: EntityManager, agent: Pick<RoutingAgent, 'categories' | 'languages'>, tried: string[]): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    `select id from service.tickets
      where assignee_id is null and status in ${OPEN} and coalesce(category, case when type = 'COMPLAINT' then 'OTHER' else type end) = any($1::text[])
        and (language is null or language = any($2::text[])) and not (id = any($3::uuid[]))
      order by array_position(array['URGENT', 'HIGH', 'NORMAL', 'LOW'], priority), created_at, id
      limit 1 for update skip locked`,
    [agent.categories, agent.languages, tried],
  );
  return row?.id ?? null;
}

/** The open tickets assigned to an agent (to hand to others when they go offline), oldest first. */
export const openTicketsOf = async (tx: EntityManager, agentId: string): Promise<string[]> =>
  (await queryRows<{ id: string }>(tx, `select id from service.tickets where assignee_id = $1 and status in ${OPEN} order by created_at, id`, [agentId])).map((r) => r.id);

/** The ids of the agents online, in id order. */
export const onlineAgentIds = async (db: EntityManager | DataSource): Promise<string[]> =>
  (await queryRows<{ id: string }>(db, `select agent_id as id from service.agents where online order by agent_id`)).map((r) => r.id);
