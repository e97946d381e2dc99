import { tagKey } from '../tag/tag.rules';
import type { NormalisedFilter } from './listing.rules';

/** A WHERE clause over alias `c` (customer.customers) with named parameters; values never enter the SQL text. */
export interface WhereClause {
  sql: string;
  params: Record<string, unknown>;
}

/** Collects conditions and binds each value to a fresh named parameter (:p0, :p1, …). */
class ConditionBuilder {
  private readonly conditions: string[] = [];
  readonly params: Record<string, unknown> = {};

  bind(value: unknown): string {
    const name = `p${Object.keys(this.params).length}`;
    this.params[name] = value;
    return `:${name}`;
  }

  add(condition: string) {
    this.conditions.push(`(${condition})`);
  }

  build(): WhereClause {
    return { sql: this.conditions.join(' and '), params: this.params };
  }
}

/** A tag counts while it has no expiry or its expiry lies after `now`. */
const effectiveTag = (now: string) => `(t.expires_at is null or t.expires_at > ${now})`;

/**
 * The listing's WHERE over alias `c`: active customers matching every criterion of the filter at
 * `now` (tag expiry), optionally after a keyset cursor (registered_at desc, id desc).
 */
export function customerWhere(filter: NormalisedFilter, now: Date, after: { registeredAt: string; id: string } | null): WhereClause {
  const w = new ConditionBuilder();
  w.add(`c.status = 'ACTIVE'`);
  if (filter.tagsAll.length > 0 || filter.tagsAny.length > 0) {
    const at = w.bind(now);
    if (filter.tagsAll.length > 0) {
      // tags compare by key (NFKC, case-folded): "ＶＩＰ" and "vip" name one tag
      const keysAll = [...new Set(filter.tagsAll.map(tagKey))];
      w.add(
        `c.id in (select t.customer_id from customer.tags t where t.name_key = any(cast(${w.bind(keysAll)} as text[])) and ${effectiveTag(at)}
                   group by t.customer_id having count(*) = ${w.bind(keysAll.length)})`,
      );
    }
    if (filter.tagsAny.length > 0) {
      w.add(`exists (select 1 from customer.tags t where t.customer_id = c.id and t.name_key = any(cast(${w.bind([...new Set(filter.tagsAny.map(tagKey))])} as text[])) and ${effectiveTag(at)})`);
    }
  }
  for (const s of filter.scores) {
    if (s.min !== null) w.add(`c.${s.column} >= ${w.bind(s.min)}`);
    if (s.max !== null) w.add(`c.${s.column} <= ${w.bind(s.max)}`);
  }
  if (filter.lifecycleStages.length > 0) w.add(`c.lifecycle_stage = any(cast(${w.bind(filter.lifecycleStages)} as text[]))`);
  if (filter.registrationChannels.length > 0) w.add(`c.registration_channel = any(cast(${w.bind(filter.registrationChannels)} as text[]))`);
  if (filter.registeredFrom) w.add(`c.registered_at >= ${w.bind(filter.registeredFrom)}`);
  if (filter.registeredTo) w.add(`c.registered_at <= ${w.bind(filter.registeredTo)}`);
  if (filter.search) {
    const byName = `c.name ilike ${w.bind(filter.search.namePattern)} escape '\\'`;
    const digits = filter.search.phoneDigits;
    // reverse(phone) LIKE 'reversed digits%' is "ends with" served by the customers_phone_reverse index
    w.add(digits ? `${byName} or reverse(c.phone) like ${w.bind(`${[...digits].reverse().join('')}%`)}` : byName);
  }
  if (after) {
    w.add(`(c.registered_at, c.id) < (cast(${w.bind(after.registeredAt)} as timestamptz), cast(${w.bind(after.id)} as uuid))`);
  }
  return w.build();
}

/** The cursor key of a row: registered_at in UTC with microseconds, so no two instants collapse. */
export const CURSOR_AT_SQL = `to_char(c.registered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
