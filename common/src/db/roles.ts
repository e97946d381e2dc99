import { createHmac } from 'node:crypto';
import type { Client } from 'pg';
import { withClient, withDatabase } from './admin';

/**
 * The two database roles. Migrations run as the OWNER (it owns every schema, table and function);
 * the subgraphs connect as the APP role, which may read and write rows but runs no DDL, and may not
 * UPDATE, DELETE or TRUNCATE the append-only audit tables.
 *
 * In production the operator creates both roles and gives the migration job the owner's URL and the
 * parts the app's. When the URL a process is given belongs to a superuser (the embedded Postgres,
 * this machine's postgres, CI), the roles are created here: the owner without login (migrations
 * `SET ROLE` to it) and the app role with a password derived from the superuser's (see `appUrlFor`).
 */
export const OWNER_ROLE = 'member_graph_owner';
/** The app role's name unless DATABASE_APP_ROLE names another. */
export const DEFAULT_APP_ROLE = 'member_graph_app';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Refuses a role name that is not a plain lower-case identifier (it is interpolated into DDL). */
export function roleName(name: string): string {
  if (!ROLE_NAME.test(name)) throw new Error(`Invalid role name "${name}": use lower-case letters, digits and _`);
  return name;
}

/** Whether the user of `url` is a superuser (then this process creates the roles and migrates as the owner). */
export async function isSuperuser(url: string): Promise<boolean> {
  return withClient(url, async (c) => (await c.query(`select rolsuper from pg_roles where rolname = current_user`)).rows[0]?.rolsuper === true);
}

/**
 * The app role's password when this process made the role: an HMAC of the superuser's password, so
 * every process (and every concurrent test run) given the same superuser URL agrees on it without
 * storing it anywhere, and nobody without the superuser's password can compute it.
 */
const appPassword = (superUrl: string, appRole: string) =>
  createHmac('sha256', decodeURIComponent(new URL(superUrl).password)).update(`member-graph:${appRole}`).digest('hex');

/** The superuser URL `superUrl` with the app role's credentials instead (same host, port and database). */
export function appUrlFor(superUrl: string, appRole = DEFAULT_APP_ROLE): string {
  const u = new URL(superUrl);
  u.username = roleName(appRole);
  u.password = appPassword(superUrl, appRole);
  u.searchParams.delete('options');
  return u.toString();
}

/** `url` with every session running as the owner role (`SET ROLE` at connect), for a superuser's migrations. */
export function asOwner(url: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c role=${OWNER_ROLE}`);
  return u.toString();
}

const DUPLICATE = new Set(['42710', '23505']); // duplicate_object; unique violation on pg_authid

/**
 * Creates the owner (no login) and the app role (login, nothing else) if missing and sets the app
 * role's password. Roles are global to the server and test runs share it: the work is serialised by
 * an advisory lock taken in the `postgres` database (advisory locks are per database), and a role
 * created by someone not taking it is tolerated.
 */
export async function ensureRoles(superUrl: string, appRole = DEFAULT_APP_ROLE): Promise<void> {
  const app = roleName(appRole);
  await withClient(withDatabase(superUrl, 'postgres'), async (c) => {
    await c.query('begin');
    try {
      await c.query(`select pg_advisory_xact_lock(hashtext('member-graph:roles'))`);
      await createRole(c, OWNER_ROLE, 'nologin');
      await createRole(c, app, 'login');
      await c.query(`alter role ${app} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '${appPassword(superUrl, app)}'`);
      await c.query('commit');
    } catch (error) {
      await c.query('rollback');
      throw error;
    }
  });
}

async function createRole(c: Client, name: string, login: 'login' | 'nologin') {
  const { rowCount } = await c.query(`select 1 from pg_roles where rolname = $1`, [name]);
  if (rowCount) return;
  await c.query('savepoint create_role');
  try {
    await c.query(`create role ${name} ${login} nosuperuser nocreatedb nocreaterole`);
  } catch (error) {
    await c.query('rollback to savepoint create_role');
    if (!DUPLICATE.has((error as { code?: string }).code ?? '')) throw error;
  }
}

/**
 * What the owner needs in the database of `superUrl` to migrate it: CREATE on the database (schemas,
 * trusted extensions) and on the public schema (Postgres 15 no longer grants it to everyone). Done
 * only when missing, under an advisory lock of that database, so concurrent migrators never race
 * on the same catalog row.
 */
export async function grantOwnerDatabase(superUrl: string): Promise<void> {
  await withClient(superUrl, async (c) => {
    await c.query('begin');
    try {
      await c.query(`select pg_advisory_xact_lock(hashtext('member-graph:database-grants'))`);
      const { rows } = await c.query(
        `select has_database_privilege($1, current_database(), 'CREATE') as db, has_schema_privilege($1, 'public', 'CREATE') as pub, current_database() as name`,
        [OWNER_ROLE],
      );
      if (!rows[0].db) await c.query(`grant create on database "${rows[0].name.replace(/"/g, '""')}" to ${OWNER_ROLE}`);
      if (!rows[0].pub) await c.query(`grant create on schema public to ${OWNER_ROLE}`);
      await c.query('commit');
    } catch (error) {
      await c.query('rollback');
      throw error;
    }
  });
}

/** Whether `role` exists on the server of `url`. */
export async function roleExists(url: string, role: string): Promise<boolean> {
  return withClient(url, async (c) => Boolean((await c.query(`select 1 from pg_roles where rolname = $1`, [role])).rowCount));
}

/**
 * The URL a subgraph connects with: the app role's (created if missing) when `url` belongs to a
 * superuser, else `url` itself (an operator's app URL).
 */
export async function appDatabaseUrl(url: string, appRole = DEFAULT_APP_ROLE): Promise<string> {
  if (!(await isSuperuser(url))) return url;
  await ensureRoles(url, appRole);
  return appUrlFor(url, appRole);
}
