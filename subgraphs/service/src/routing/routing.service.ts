import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import type { Deps } from '../deps';
import { SERVICE_ACTOR } from '../service-actor';
import type { TicketEntity } from '../ticket/ticket.entity';
import { lockTicket } from '../ticket/ticket.repository';
import type { TicketService } from '../ticket/ticket.service';
import { agentById, nextQueuedFor, onlineAgentIds, onlineAgentsFor, openTicketsOf } from './agent.repository';
import { chooseAgent, isVipTier, routingCategory } from './routing.rules';

/** The rule recorded on assignment history lines made by routing. */
export const ROUTING_RULE = 'ROUTING';

/**
 * Routing by skill: a ticket goes to the least-loaded online agent with its category and language
 * (VIP customers to VIP-skilled agents when one is online), in the ticket's transaction, through the
 * ticket service's assignment (history, status, event). Race-safe: every routing decision first takes
 * one transaction-scoped advisory lock, then counts loads, so two tickets opened at once are decided
 * one after the other and never overfill an agent. Locks are always taken ticket first, then the
 * routing lock (waiting tickets are picked with SKIP LOCKED), so routing never deadlocks.
 */
export class RoutingService {
  constructor(
    private readonly deps: Deps,
    private readonly tickets: TicketService,
  ) {}

  /** Routes a locked (or new) ticket that has no agent; answers the agent or null (it waits in the queue). */
  async route(tx: EntityManager, t: TicketEntity, actor: Actor, note: string, exclude: string | null = null): Promise<string | null> {
    const category = routingCategory(t);
    // nobody online with the skill: nothing to decide, no lock taken (a ticket with an agent still goes back to the queue)
    if (!t.assigneeId && (await onlineAgentsFor(tx, category)).length === 0) return null;
    await tx.query(`select pg_advisory_xact_lock(hashtext('member-graph:service:routing'))`);
    const agents = await onlineAgentsFor(tx, category);
    const vip = isVipTier(this.deps.settings.routing.vipTiers, t.tier);
    const agentId = chooseAgent({ category, language: t.language, vip }, agents.filter((a) => a.agentId !== exclude));
    if (agentId || t.assigneeId) await this.tickets.assignIn(tx, actor, t, { agentId, note: agentId ? note : `${note}; no agent free, back in the queue`, rule: ROUTING_RULE });
    return agentId;
  }

  /** A ticket was opened: route it at once. */
  async routeOpened(tx: EntityManager, t: TicketEntity): Promise<void> {
    await this.route(tx, t, SERVICE_ACTOR, `routed by skill (${routingCategory(t)})`);
  }

  /**
   * An agent has room (came online, or a ticket of theirs was resolved): waiting tickets they are
   * skilled for are routed in priority order until they are full (each may still go to someone less
   * loaded, or wait for a VIP agent).
   */
  async fill(tx: EntityManager, agentId: string): Promise<number> {
    const tried: string[] = [];
    let routed = 0;
    for (let i = 0; i < this.deps.settings.jobs.batchSize; i++) {
      const agent = await agentById(tx, agentId);
      if (!agent?.online || agent.load >= agent.capacity) break;
      const id = await nextQueuedFor(tx, agent, tried);
      if (!id) break;
      tried.push(id);
      if (await this.route(tx, await lockTicket(tx, id), SERVICE_ACTOR, `routed by skill when ${agentId} had room`)) routed++;
    }
    return routed;
  }

  /** Fills an agent who came online (their own transaction). */
  fillOnline(agentId: string): Promise<number> {
    return inTransaction(this.deps.dataSource, (tx) => this.fill(tx, agentId));
  }

  /**
   * An agent went offline: each of their open tickets is routed to another agent, or taken off them
   * and put back in the queue; one transaction per ticket (its lock, then the routing lock). Then the
   * agents still online are filled from the queue.
   */
  async reassignFrom(agentId: string): Promise<number> {
    const ids = await inTransaction(this.deps.dataSource, (tx) => openTicketsOf(tx, agentId));
    let moved = 0;
    for (const id of ids) {
      await inTransaction(this.deps.dataSource, async (tx) => {
        const t = await lockTicket(tx, id);
        if (t.assigneeId !== agentId) return;
        if (await this.route(tx, t, SERVICE_ACTOR, `re-routed: ${agentId} went offline`, agentId)) moved++;
      });
    }
    // tickets that waited for a VIP agent (or for this agent's skills) may go to the agents still online now
    for (const id of await onlineAgentIds(this.deps.dataSource)) await this.fillOnline(id);
    return moved;
  }
}
