import type { DataSource } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import type { AuditKind } from './audit.enums';
import type { AuditPosition } from './audit.rules';

/** One audit entry as read: `ref` is the id of its row in its own table. */
export interface AuditRow {
  kind: AuditKind;
  ref: string;
  customerId: string;
  relatedCustomerId: string | null;
  actorId: string | null;
  actorRole: string | null;
  at: Date;
  reason: string | null;
  detail: Record<string, unknown>;
}

/** What a trail query reads: the filter's parts (null: any) and where the page starts. */
export interface AuditQuery {
  customerId: string | null;
  actorId: string | null;
  kinds: AuditKind[] | null;
  from: Date | null;
  to: Date | null;
}

/**
 * The audit trail: the customer subgraph's append-only audit tables as one list (each branch carries no
 * personal data, only kinds, ids, roles, field names and staff reasons). Postgres pushes the filter into
 * every branch (each has its customer and time indexes).
 */
const TRAIL = `(
  select 'MERGE' as kind, id::text as ref, survivor_id as customer_id, merged_id as related_id, actor_id, actor_role, merged_at as at, reason,
         json_build_object('mergedId', merged_id) as detail from customer.merges
  union all
  select 'ERASURE', customer_id::text, customer_id, null, actor_id, actor_role, at, reason, json_build_object('formerIds', former_ids) from customer.erasures
  union all
  select 'DATA_EXPORT', id::text, customer_id, null, actor_id, actor_role, at, null, json_build_object() from customer.data_exports
  union all
  select 'PII_REVEAL', id::text, customer_id, null, actor_id, actor_role, at, null, json_build_object('field', field) from customer.pii_reveals
  union all
  select 'CONSENT_CHANGE', id::text, customer_id, null, actor_id, actor_role, at, null,
         json_build_object('channel', channel, 'purpose', purpose, 'granted', granted, 'source', source) from customer.consent_history
  union all
  select 'PROFILE_CHANGE', id::text, customer_id, null, actor_id, actor_role, changed_at, null, json_build_object('fields', fields) from customer.profile_changes
  union all
  select 'IDENTITY_UNLINK', id::text, customer_id, null, actor_id, actor_role, unlinked_at, reason,
         json_build_object('identityType', type, 'appId', nullif(app_id, '')) from customer.identity_unlinks
  union all
  select 'UNMERGE', id::text, survivor_id, restored_id, actor_id, actor_role, at, reason,
         json_build_object('mergeId', merge_id, 'restoredId', restored_id) from customer.unmerges
) t`;

const WHERE = `($1::uuid is null or t.customer_id = $1 or t.related_id = $1)
  and ($2::text is null or t.actor_id = $2)
  and ($3::text[] is null or t.kind = any($3::text[]))
  and ($4::timestamptz is null or t.at >= $4)
  and ($5::timestamptz is null or t.at < $5)`;

const params = (q: AuditQuery) => [q.customerId, q.actorId, q.kinds, q.from, q.to];

/** One page of the trail, newest first, after `after`, `limit` rows. */
export function readAuditPage(db: DataSource, q: AuditQuery, after: AuditPosition | null, limit: number): Promise<AuditRow[]> {
  return queryRows<AuditRow>(
    db,
    `select t.kind, t.ref, t.customer_id as "customerId", t.related_id as "relatedCustomerId", t.actor_id as "actorId", t.actor_role as "actorRole",
            t.at, t.reason, t.detail
       from ${TRAIL}
      where ${WHERE}
        and ($6::timestamptz is null or (t.at, t.kind, t.ref) < ($6::timestamptz, $7::text, $8::text))
      order by t.at desc, t.kind desc, t.ref desc
      limit $9`,
    [...params(q), after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
  );
}

/** How many entries match the filter. */
export async function countAudit(db: DataSource, q: AuditQuery): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(db, `select count(*)::int as n from ${TRAIL} where ${WHERE}`, params(q));
  return n;
}
