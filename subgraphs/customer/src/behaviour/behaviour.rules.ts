import { badInput } from '@member-graph/common/errors';
import { isUuid } from '@member-graph/common/graphql';
import { BehaviourKind } from './behaviour.enums';

/** Most events one recordBehaviour call may carry. */
export const MAX_BEHAVIOUR_BATCH = 500;
/** How far in the future `occurredAt` may lie (clock skew between devices and us). */
export const MAX_OCCURRED_AT_SKEW_MS = 5 * 60_000;

const KINDS = new Set<string>(Object.values(BehaviourKind));
const LIMITS = { sku: 64, category: 64, query: 200, clientEventId: 64 } as const;

/** A behaviour event as callers give it. */
export interface BehaviourCommand {
  customerId: string;
  kind: BehaviourKind | string;
  occurredAt: Date;
  sku?: string | null;
  category?: string | null;
  query?: string | null;
  clientEventId?: string | null;
}

/** A validated behaviour event. */
export interface NormalisedBehaviour {
  customerId: string;
  kind: BehaviourKind;
  occurredAt: Date;
  sku: string | null;
  category: string | null;
  query: string | null;
  clientEventId: string | null;
}

/**
 * Validates a batch (1..500) against `now`: known kinds, a date not more than 5 minutes ahead,
 * trimmed texts within their limits, and the fact each kind needs (SEARCH a query, ADD_TO_CART a
 * sku, BROWSE a sku or category). BAD_USER_INPUT names the first offending field.
 */
export function normaliseBehaviour(events: readonly BehaviourCommand[], now: Date): NormalisedBehaviour[] {
  if (events.length < 1 || events.length > MAX_BEHAVIOUR_BATCH) {
    throw badInput(`events must hold 1–${MAX_BEHAVIOUR_BATCH} entries`, { field: 'events' });
  }
  return events.map((e, i) => {
    const at = (field: string) => `events[${i}].${field}`;
    if (!isUuid(e.customerId)) throw badInput('customerId must be a customer id (UUID)', { field: at('customerId') });
    if (!KINDS.has(e.kind)) throw badInput(`kind must be one of ${[...KINDS].join(', ')}`, { field: at('kind') });
    const occurredAt = e.occurredAt instanceof Date ? e.occurredAt : new Date(Number.NaN);
    if (Number.isNaN(occurredAt.getTime())) throw badInput('occurredAt must be a date-time', { field: at('occurredAt') });
    if (occurredAt.getTime() > now.getTime() + MAX_OCCURRED_AT_SKEW_MS) {
      throw badInput('occurredAt must not be more than 5 minutes in the future', { field: at('occurredAt') });
    }
    const sku = text(e.sku, at('sku'), LIMITS.sku);
    const category = text(e.category, at('category'), LIMITS.category);
    const query = text(e.query, at('query'), LIMITS.query);
    const clientEventId = text(e.clientEventId, at('clientEventId'), LIMITS.clientEventId);
    const kind = e.kind as BehaviourKind;
    if (kind === BehaviourKind.SEARCH && !query) throw badInput('a SEARCH event needs query', { field: at('query') });
    if (kind === BehaviourKind.ADD_TO_CART && !sku) throw badInput('an ADD_TO_CART event needs sku', { field: at('sku') });
    if (kind === BehaviourKind.BROWSE && !sku && !category) throw badInput('a BROWSE event needs sku or category', { field: at('sku') });
    return { customerId: e.customerId.toLowerCase(), kind, occurredAt, sku, category, query, clientEventId };
  });
}

function text(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if ([...trimmed].length > max) throw badInput(`${field} must be at most ${max} characters`, { field });
  return trimmed || null;
}
