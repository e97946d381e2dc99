import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput } from '@member-graph/common/errors';
import { decodeCursor, pageSize, toConnection, withTotalCount } from '@member-graph/common/graphql';
import { requireServiceStaff } from '../customer/access';
import { queryRows, type Deps } from '../deps';
import { text } from '../ticket/ticket.rules';
import { AGENT_COLUMNS, agentById, type AgentRow } from './agent.repository';
import { agentNotFound, notOwnStatus } from './agent.errors';
import { validateAgentSkills, type AgentSkills } from './routing.rules';
import type { RoutingService } from './routing.service';

/**
 * Agents of routing by skill: admins set their skills and capacity, agents go online and offline
 * (coming online fills them from the queue, going offline hands their open tickets to others), and
 * staff read the directory with each agent's load.
 */
export class AgentService {
  constructor(
    private readonly deps: Deps,
    private readonly routing: RoutingService,
  ) {}

  /** Registers an agent or changes their skills and capacity (admins); an online agent with room is filled from the queue. */
  async setSkills(actor: Actor | null, input: AgentSkills): Promise<AgentRow> {
    const a = requireRole(actor, 'admin');
    const s = validateAgentSkills(input);
    const now = this.deps.clock.now();
    await this.deps.dataSource.query(
      `insert into service.agents (agent_id, display_name, categories, languages, vip, capacity, online, updated_by, updated_at)
       values ($1, $2, $3, $4, $5, $6, false, $7, $8)
       on conflict (agent_id) do update set display_name = excluded.display_name, categories = excluded.categories, languages = excluded.languages,
         vip = excluded.vip, capacity = excluded.capacity, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [s.agentId, s.displayName, s.categories, s.languages, s.vip, s.capacity, a.id, now],
    );
    const agent = await agentById(this.deps.dataSource, s.agentId);
    if (agent?.online) await this.routing.fillOnline(s.agentId);
    return (await agentById(this.deps.dataSource, s.agentId))!;
  }

  /** Sets an agent online or offline: agents their own, admins anyone's. */
  async setStatus(actor: Actor | null, input: { online: boolean; agentId?: string | null }): Promise<AgentRow> {
    const a = requireRole(actor, 'agent', 'admin');
    const given = text(input.agentId, 'agentId', 128);
    if (a.role === 'agent' && given && given !== a.id) throw notOwnStatus();
    if (a.role === 'admin' && !given) throw badInput('an admin names the agent (agentId)', { field: 'agentId' });
    const agentId = given ?? a.id;
    const changed = await inTransaction(this.deps.dataSource, async (tx) => {
      const [row] = await queryRows<{ online: boolean }>(tx, `select online from service.agents where agent_id = $1 for update`, [agentId]);
      if (!row) throw agentNotFound(agentId);
      if (row.online === input.online) return false;
      await tx.query(`update service.agents set online = $2, online_changed_at = $3 where agent_id = $1`, [agentId, input.online, this.deps.clock.now()]);
      return true;
    });
    if (changed && input.online) await this.routing.fillOnline(agentId);
    if (changed && !input.online) await this.routing.reassignFrom(agentId);
    return (await agentById(this.deps.dataSource, agentId))!;
  }

  /** The agent directory by agent id, with loads (agents, admins, integrations), optionally only those online. */
  async directory(actor: Actor | null, filter: { online?: boolean | null } | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    requireServiceStaff(actor);
    const size = pageSize(first);
    const key = decodeCursor(after);
    if (key && (key.length !== 1 || typeof key[0] !== 'string')) throw badInput('after is not a valid cursor', { field: 'after' });
    const online = filter?.online ?? null;
    const rows = await queryRows<AgentRow>(
      this.deps.dataSource,
      `select ${AGENT_COLUMNS} from service.agents a
        where ($1::boolean is null or a.online = $1) and ($2::text is null or a.agent_id > $2)
        order by a.agent_id limit $3`,
      [online, (key?.[0] as string | undefined) ?? null, size + 1],
    );
    return withTotalCount(
      toConnection(rows, size, (r) => [r.agentId], after),
      async () => (await queryRows<{ n: number }>(this.deps.dataSource, `select count(*)::int as n from service.agents where ($1::boolean is null or online = $1)`, [online]))[0].n,
    );
  }
}
