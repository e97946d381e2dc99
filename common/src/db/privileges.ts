import type { Client } from 'pg';
import { ident } from '../events/sql';
import { OWNER_ROLE, roleName } from './roles';

/** What the app role may do in one schema: which tables are append-only for it. */
export interface SchemaAccess {
  /** The role the subgraphs connect as (DATABASE_APP_ROLE, default member_graph_app). */
  appRole: string;
  /** Tables of the schema the app role may only read and append to (audit records). */
  appendOnly?: readonly string[];
}

/**
 * Run by the owner after a schema's migrations, in one transaction (so the app role never sees a
 * moment where an audit table is writable): default privileges give every table, sequence and
 * function the owner creates later (other migrations) the app grants automatically; the existing ones
 * get them now; then the append-only tables lose UPDATE, DELETE and TRUNCATE.
 */
export async function grantAppAccess(client: Client, schema: string, access: SchemaAccess): Promise<void> {
  const s = ident(schema);
  const app = roleName(access.appRole);
  const tables = (access.appendOnly ?? []).map((t) => `${s}.${ident(t)}`);
  await client.query('begin');
  try {
    for (const sql of [
      `grant usage on schema ${s} to ${app}`,
      `alter default privileges in schema ${s} grant select, insert, update, delete on tables to ${app}`,
      `alter default privileges in schema ${s} grant usage, select on sequences to ${app}`,
      `alter default privileges in schema ${s} grant execute on functions to ${app}`,
      `grant select, insert, update, delete on all tables in schema ${s} to ${app}`,
      `grant usage, select on all sequences in schema ${s} to ${app}`,
      `grant execute on all functions in schema ${s} to ${app}`,
      ...(tables.length ? [`revoke update, delete, truncate on ${tables.join(', ')} from ${app}`] : []),
    ]) {
      await client.query(sql);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/**
 * A schema migrated before the roles existed (an old `.data/` of `npm start`) belongs to the superuser
 * that migrated it: the owner adopts it, its tables, sequences, views and functions, so that later
 * migrations (which run as the owner) can alter them. Run by a superuser; no-op once adopted.
 */
export async function adoptSchema(superClient: Client, schema: string): Promise<void> {
  const s = ident(schema);
  await superClient.query(`do $$
    declare r record;
    begin
      if not exists (select 1 from pg_namespace where nspname = '${s}') then return; end if;
      execute format('alter schema %I owner to ${OWNER_ROLE}', '${s}');
      for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = '${s}' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                  and pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}'
                  and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))
      loop
        execute format('alter %s %I.%I owner to ${OWNER_ROLE}',
          case r.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
          '${s}', r.relname);
      end loop;
      for r in select p.oid::regprocedure as sig from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = '${s}' and pg_get_userbyid(p.proowner) <> '${OWNER_ROLE}'
      loop
        execute format('alter routine %s owner to ${OWNER_ROLE}', r.sig);
      end loop;
    end $$`);
}
