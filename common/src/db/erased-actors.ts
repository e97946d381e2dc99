import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth';
import { ident } from '../events/sql';
import { log } from '../log';
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

/** The channel a schema's erasures ring on (every replica of the subgraph reloads its set). */
const channelOf = (schema: string) => `${schema}_erased_actors`;

/** Where a transaction carries the ids it recorded until it commits (TypeORM's per-runner user data). */
const PENDING = 'erasedActors';
/** Set when a savepoint rolled back after ids were recorded in the transaction. */
const PARTLY_ROLLED_BACK = 'erasedActorsPartly';

/**
 * Records erased customer ids (idempotent: an id recorded before stays as it was) and rings every
 * replica of this subgraph on commit; this process's own set learns them at the commit itself
 * (ErasedActors' transaction subscriber), so the next request is refused without waiting for the ring.
 */
export async function recordErasedActors(tx: EntityManager, schema: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(`insert into ${ident(schema)}.erased_actors (customer_id) select unnest($1::uuid[]) on conflict do nothing`, [[...ids]]);
  await tx.query(`select pg_notify($1, '')`, [channelOf(schema)]);
  const data = tx.queryRunner?.data as Record<string, string[] | undefined> | undefined;
  if (data) data[PENDING] = [...(data[PENDING] ?? []), ...ids];
}

/** The error an erased customer's token gets from every subgraph (relayed by the gateway with its code). */
export const accountErased = () =>
  new GraphQLError('This account was erased; its sign-in is no longer valid', { extensions: { code: 'ACCOUNT_ERASED', http: { status: 400 } } });

/** What ErasedActors listens on: the subgraph's Postgres LISTEN connection (rings again after a reconnect). */
export interface ErasureRing {
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
}

/**
 * The erased customers of one schema, held in memory: a customer actor named there is refused before
 * anything runs, at no SQL cost per request (it was one statement per customer request in every
 * subgraph: four of the member home's fifteen). Loaded at start; reloaded whole when an erasure rings
 * (`recordErasedActors`, from any replica) and when the LISTEN connection comes back (a ring may have
 * been missed meanwhile); this process's own erasures apply at their commit. A request already running
 * when an erasure commits finishes, as it did when the check was a statement at its start.
 */
export class ErasedActors {
  private ids: ReadonlySet<string> = new Set();
  private reloading: Promise<void> | null = null;
  private again = false;
  private unlisten: (() => Promise<void>) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
  ) {}

  /** Loads the set and follows erasures: rings on `ring`, this process's commits through a transaction subscriber. */
  async start(ring: ErasureRing): Promise<void> {
    this.dataSource.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => {
        const data = queryRunner.data as Record<string, unknown> | undefined;
        const pending = data?.[PENDING] as string[] | undefined;
        if (!data || !pending || queryRunner.isTransactionActive) return; // a savepoint released inside a transaction still open
        const partly = data[PARTLY_ROLLED_BACK] === true;
        delete data[PENDING];
        delete data[PARTLY_ROLLED_BACK];
        // a savepoint rolled back on the way may have taken some of the recorded rows with it: read what committed
        // (TypeORM awaits a subscriber's promise before the commit returns)
        if (partly) return this.reload();
        this.ids = new Set([...this.ids, ...pending]);
        if (this.reloading) this.again = true; // a reload that read before this commit must not drop these ids
      },
      afterTransactionRollback: ({ queryRunner }) => {
        const data = queryRunner.data as Record<string, unknown> | undefined;
        if (!data?.[PENDING]) return;
        if (queryRunner.isTransactionActive) data[PARTLY_ROLLED_BACK] = true;
        else {
          delete data[PENDING];
          delete data[PARTLY_ROLLED_BACK];
        }
      },
    });
    this.unlisten = await ring.listen(channelOf(this.schema), () =>
      void this.reload().catch((err) => log(this.schema).warn({ err }, 'could not reload the erased customers; the next ring or reconnect does')),
    );
    await this.reload();
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    await this.reloading?.catch(() => undefined);
  }

  /** Reads the whole set again (one at a time: a ring during a reload runs one more after it). */
  reload(): Promise<void> {
    if (this.reloading) {
      this.again = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.again = false;
        const rows: { id: string }[] = await this.dataSource.query(`select customer_id as id from ${ident(this.schema)}.erased_actors`);
        this.ids = new Set(rows.map((r) => r.id));
      } while (this.again);
    })().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  /** Throws ACCOUNT_ERASED for a customer actor this schema records as erased; staff and anonymous pass. */
  refuse(actor: Actor | null): void {
    if (actor?.role === 'customer' && this.ids.has(actor.id)) throw accountErased();
  }
}
