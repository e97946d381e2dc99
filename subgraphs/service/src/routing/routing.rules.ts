import { badInput } from '@member-graph/common/errors';
import { COMPLAINT_CATEGORIES } from '../classifier';
import type { TicketTypeCode } from '../ticket/ticket.codes';

/** What agents are skilled in: a complaint's category, or the type of a ticket that has none. */
export const ROUTING_CATEGORIES: readonly string[] = [...COMPLAINT_CATEGORIES, 'CONSULTATION', 'AFTER_SALES'];

/** The most agents a directory page or a skill list holds. */
export const MAX_SKILLS = ROUTING_CATEGORIES.length;
export const MAX_LANGUAGES = 10;
export const MAX_CAPACITY = 100;

/** An online agent as routing sees them: skills, capacity and the open tickets they hold. */
export interface RoutingAgent {
  agentId: string;
  categories: readonly string[];
  languages: readonly string[];
  vip: boolean;
  capacity: number;
  load: number;
}

/** What routing looks at on a ticket. */
export interface RoutingTicket {
  /** The routing category (`routingCategory`). */
  category: string;
  /** The ticket's language (null: any agent may take it). */
  language: string | null;
  /** The customer is VIP (a VIP tier). */
  vip: boolean;
}

/** The routing category of a ticket: its complaint category, or its type when it has none. */
export const routingCategory = (t: { type: TicketTypeCode | string; category: string | null }): string => t.category ?? (t.type === 'COMPLAINT' ? 'OTHER' : t.type);

/** The language of a ticket's text: Chinese when it holds CJK characters, English otherwise. */
export const ticketLanguage = (text: string): 'zh' | 'en' => (/[\u3400-\u9fff\uf900-\ufaff]/u.test(text) ? 'zh' : 'en');

/** Whether a customer of `tier` is VIP. */
export const isVipTier = (vipTiers: readonly string[], tier: string | null): boolean => !!tier && vipTiers.includes(tier);

/** Whether an agent has the skills a ticket needs (category and language; VIP is decided by `chooseAgent`). */
export const skilledFor = (a: Pick<RoutingAgent, 'categories' | 'languages'>, t: RoutingTicket): boolean =>
  a.categories.includes(t.category) && (t.language === null || a.languages.includes(t.language));

/**
 * Chooses the agent for a ticket among online agents (pure): those with the skills; for a VIP customer
 * only VIP-skilled ones when any such agent is online (even if all of them are full: the ticket then
 * waits for one); of those, the ones below their capacity; the least loaded wins, ties broken by the
 * lower load per capacity, then the agent id. Null: nobody can take it now (it waits in the queue).
 */
export function chooseAgent(t: RoutingTicket, online: readonly RoutingAgent[]): string | null {
  let pool = online.filter((a) => skilledFor(a, t));
  if (t.vip && pool.some((a) => a.vip)) pool = pool.filter((a) => a.vip);
  const free = pool.filter((a) => a.load < a.capacity);
  free.sort((x, y) => x.load - y.load || x.load / x.capacity - y.load / y.capacity || (x.agentId < y.agentId ? -1 : x.agentId > y.agentId ? 1 : 0));
  return free[0]?.agentId ?? null;
}

/** An agent's skills as an admin sets them. */
export interface AgentSkills {
  agentId: string;
  displayName: string | null;
  categories: string[];
  languages: string[];
  vip: boolean;
  capacity: number;
}

/** Checks and normalises an agent's skills (pure); BAD_USER_INPUT naming every problem. */
export function validateAgentSkills(input: AgentSkills): AgentSkills {
  const problems: string[] = [];
  const agentId = input.agentId?.trim() ?? '';
  if (!/^[\w.@:-]{1,128}$/u.test(agentId)) problems.push('agentId must be 1–128 letters, digits or . _ @ : -');
  const displayName = input.displayName?.trim() || null;
  if (displayName && displayName.length > 100) problems.push('displayName must be at most 100 characters');
  if (input.categories.length > 50 || input.languages.length > 50) problems.push('categories and languages hold at most 50 entries each');
  const categories = [...new Set(input.categories)];
  if (categories.length > MAX_SKILLS) problems.push(`categories holds at most ${MAX_SKILLS} entries`);
  for (const c of categories) if (!ROUTING_CATEGORIES.includes(c)) problems.push(`unknown category ${String(c).slice(0, 40)} (one of ${ROUTING_CATEGORIES.join(', ')})`);
  const languages = [...new Set(input.languages.map((l) => l.trim().toLowerCase()))];
  if (languages.length === 0 || languages.length > MAX_LANGUAGES) problems.push(`languages holds 1–${MAX_LANGUAGES} language codes`);
  for (const l of languages) if (!/^[a-z]{2}$/.test(l)) problems.push(`language ${l.slice(0, 20)} must be a two-letter code such as zh or en`);
  if (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > MAX_CAPACITY) problems.push(`capacity must be a whole number 0–${MAX_CAPACITY}`);
  if (problems.length) throw badInput(`The agent's skills are invalid: ${problems.join('; ')}`, { field: 'input', problems });
  return { agentId, displayName, categories: categories.sort(), languages: languages.sort(), vip: !!input.vip, capacity: input.capacity };
}
