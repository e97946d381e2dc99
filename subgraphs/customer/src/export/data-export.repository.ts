import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { queryRows } from '@member-graph/common/db';
import { exportListSql, exportMoneySql } from '@member-graph/common/graphql';

/**
 * Appends the audit row of one export: whose, who, when (no exported data). With `perHour`, only while the
 * same caller made fewer than that many exports of this customer in the hour before `at` (one statement);
 * answers whether the row was written.
 */
export async function recordDataExport(tx: EntityManager, customerId: string, actor: Actor, at: Date, perHour: number | null = null): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    `insert into customer.data_exports (customer_id, actor_id, actor_role, at)
     select $1, $2, $3, $4
      where $5::int is null
         or (select count(*) from customer.data_exports where customer_id = $1 and actor_id = $2 and at > $4::timestamptz - interval '1 hour') < $5
     returning id::text`,
    [customerId, actor.id, actor.role, at, perHour],
  );
  return rows.length > 0;
}

/**
 * The customer section of one customer's export, read in one statement: every list at most `listLimit`
 * rows (the caller bounds them, `boundExportLists`). Amounts are decimal strings in yuan, times ISO 8601.
 */
export async function readCustomerSection(tx: EntityManager, customerId: string, listLimit: number): Promise<Record<string, unknown>> {
  const [row] = await queryRows<{ section: Record<string, unknown> }>(
    tx,
    `select json_build_object(
       'profile', (select json_build_object(
           'id', c.id, 'name', c.name, 'gender', c.gender, 'birthday', c.birthday, 'region', c.region,
           'phone', c.phone, 'email', c.email, 'registeredAt', c.registered_at, 'registrationChannel', c.registration_channel,
           'lastActiveAt', c.last_active_at, 'lifecycleStage', c.lifecycle_stage,
           'rfm', case when c.rfm_computed_at is null then null else json_build_object(
             'recency', c.recency_score, 'frequency', c.frequency_score, 'monetary', c.monetary_score, 'computedAt', c.rfm_computed_at) end)
         from customer.customers c where c.id = $1),
       'formerIds', ${exportListSql(`with recursive merged(id) as (
           select id from customer.customers where merged_into_id = $1
           union select c.id from customer.customers c join merged m on c.merged_into_id = m.id)
         select id from merged order by id`, 'x.id')},
       'identities', ${exportListSql(`select type, nullif(app_id, '') as "appId", value, created_at as "linkedAt" from customer.identities where customer_id = $1 order by created_at, id`)},
       'tags', ${exportListSql(`select name, type, source, expires_at as "expiresAt", created_at as "createdAt" from customer.tags where customer_id = $1 order by created_at, name`)},
       'consents', ${exportListSql(`select channel, purpose, granted, source, at from customer.consents where customer_id = $1 order by channel, purpose`)},
       'consentHistory', ${exportListSql(`select channel, purpose, granted, source, actor_role as "changedByRole", at from customer.consent_history where customer_id = $1 order by at desc, id desc`)},
       'orders', ${exportListSql(`select o.id, o.external_no as "externalNo", o.channel, o.store_id as "storeId", o.paid_at as "paidAt",
           ${exportMoneySql('o.amount_cents')} as amount, ${exportMoneySql('o.refunded_cents')} as refunded, o.status,
           ${exportListSql(`select line_no as "lineNo", sku, category, quantity, ${exportMoneySql('amount_cents')} as amount from customer.order_lines where order_id = o.id order by line_no`)} as lines,
           ${exportListSql(`select external_refund_no as "externalRefundNo", ${exportMoneySql('amount_cents')} as amount, reason, created_at as "refundedAt" from customer.refunds where order_id = o.id order by created_at, id`)} as refunds
         from customer.orders o where o.customer_id = $1 order by o.paid_at desc, o.id`)},
       'behaviour', json_build_object(
         'summary', ${exportListSql(`select kind, count(*)::int as count, min(occurred_at) as "firstAt", max(occurred_at) as "lastAt" from customer.behaviour_events where customer_id = $1 group by kind order by kind`)},
         'events', ${exportListSql(`select kind, occurred_at as "occurredAt", sku, category, query from customer.behaviour_events where customer_id = $1 order by occurred_at desc, id desc`)}),
       'lifecycleHistory', ${exportListSql(`select from_stage as "from", to_stage as "to", cause, at from customer.lifecycle_transitions where customer_id = $1 order by at desc, id desc`)}
     ) as section`,
    [customerId, listLimit],
  );
  return row.section;
}
