import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth';
import { ident } from '../events/sql';
import { isUuid } from '../graphql/loaders';
import { sqlMigration } from './migrate';

/**
 * Revocation of an erased customer's tokens, held by every subgraph for itself (the gateway has no
 * database, and a token cannot be recalled): each schema keeps the ids of the customers erased
 * (`customer.erased`, the customer subgraph in the erasure's own transaction, the others from the event),
 * and a request whose actor is a customer named there is refused with ACCOUNT_ERASED before anything runs.
 */
export const erasedActorsMigration = (schema: string, timestamp: number) =>
  sqlMigration(`ErasedActors${schema[0].toUpperCase()}${schema.slice(1)}`, timestamp, [
    `create table ${ident(schema)}.erased_actors (
       customer_id uuid primary key,
       erased_at timestamptz not null default now()
     )`,
  ], [`drop table ${ident(schema)}.erased_actors`]);

/** Records erased customer ids (idempotent: an id recorded before stays as it was). */
export async function recordErasedActors(tx: EntityManager, schema: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(`insert into ${ident(schema)}.erased_actors (customer_id) select unnest($1::uuid[]) on conflict do nothing`, [[...ids]]);
}

/** The error an erased customer's token gets from every subgraph (relayed by the gateway with its code). */
export const accountErased = () =>
  new GraphQLError('This account was erased; its sign-in is no longer valid', { extensions: { code: 'ACCOUNT_ERASED', http: { status: 400 } } });

/**
 * A guard for the request context: a customer actor whose id this schema records as erased is refused
 * (one indexed lookup per customer request; staff and anonymous requests cost nothing).
 */
export function erasedActorGuard(dataSource: Pick<DataSource, 'query'>, schema: string) {
  const table = `${ident(schema)}.erased_actors`;
  return async (actor: Actor | null): Promise<void> => {
    if (actor?.role !== 'customer' || !isUuid(actor.id)) return; // customer ids are uuids: any other id names no one erased
    const rows: unknown[] = await dataSource.query(`select 1 from ${table} where customer_id = $1`, [actor.id]);
    if (rows.length > 0) throw accountErased();
  };
}
