import type { DataSource, EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { envelope, type Outbox } from '@member-graph/common/events';
import { type Clock } from '@member-graph/common/time';
import type { CustomerEntity } from '../customer/customer.entity';
import { lockActiveCustomer } from '../customer/customer.repository';
import type { MergeParticipant } from '../merge/merge-participant';
import { isEffective, normaliseTagNames, normaliseTags, tagKey, type TagCommand } from './tag.rules';

/** A merge's record of the merged customer's tags (an unmerge puts them back). */
interface TagMoveRecord {
  tags: { name: string; nameKey: string; type: string; source: string; expiresAt: Date | string | null; createdAt: Date | string; createdBy: string }[];
  survivorKeys: string[];
}

/** Staff roles that may tag customers (customers cannot tag themselves). */
const TAGGERS = ['agent', 'marketer', 'admin', 'system'] as const;
/** Expired tags swept per transaction by the expiry job. */
const SWEEP_BATCH = 1000;

/**
 * Tags on customers. The effective set of a customer is its tags that have not expired (per the
 * injected clock). customer.tags_changed announces additions to the effective set and every removed
 * tag row: removed by staff, or swept by `expire()` once its expiry has passed, so consumers that
 * apply the events as set operations stay in step with the effective set.
 */
export class TagService implements MergeParticipant {
  readonly participantName = 'tags';

  constructor(private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock }) {}

  /** Adds tags (or updates type, source and expiry of tags the customer has). Staff and integrations only. */
  async add(actor: Actor | null, customerId: string, tags: readonly TagCommand[]): Promise<CustomerEntity> {
    const a = requireRole(actor, ...TAGGERS);
    const now = this.deps.clock.now();
    const wanted = normaliseTags(tags, now);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const customer = await lockActiveCustomer(tx, customerId);
      const before = await this.effectiveNames(tx, customer.id, now);
      // one tag per key (NFKC, case-folded): a tag the customer has under another spelling keeps its name
      const stored: { name: string; name_key: string }[] = await tx.query(
        `insert into customer.tags as t (customer_id, name, name_key, type, source, expires_at, created_at, created_by)
         select $1, w.name, w.name_key, w.type, w.source, w.expires_at, $6, $7
           from unnest($2::text[], $8::text[], $3::text[], $4::text[], $5::timestamptz[]) as w(name, name_key, type, source, expires_at)
         on conflict (customer_id, name_key) do update
            set type = excluded.type, source = excluded.source, expires_at = excluded.expires_at,
                created_at = case when t.expires_at <= excluded.created_at then excluded.created_at else t.created_at end,
                created_by = case when t.expires_at <= excluded.created_at then excluded.created_by else t.created_by end
         returning t.name, t.name_key`,
        [
          customer.id,
          wanted.map((w) => w.name),
          wanted.map((w) => w.type),
          wanted.map((w) => w.source),
          wanted.map((w) => w.expiresAt),
          now,
          a.id,
          wanted.map((w) => tagKey(w.name)),
        ],
      );
      const had = new Set(before.map(tagKey));
      const added = stored.filter((r) => !had.has(r.name_key)).map((r) => r.name).sort();
      await this.announce(tx, customer.id, added, [], a, now);
      return customer;
    });
  }

  /** Removes tags by name, whatever their width or case; names the customer does not have are ignored. Staff and integrations only. */
  async remove(actor: Actor | null, customerId: string, names: readonly string[]): Promise<CustomerEntity> {
    const a = requireRole(actor, ...TAGGERS);
    const wanted = normaliseTagNames(names);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const customer = await lockActiveCustomer(tx, customerId);
      // TypeORM answers UPDATE / DELETE … RETURNING with [rows, count]
      const [deleted]: [{ name: string }[], number] = await tx.query(
        `delete from customer.tags where customer_id = $1 and name_key = any($2::text[]) returning name`,
        [customer.id, wanted],
      );
      // expired rows not swept yet were never announced as removed, so they are announced now
      await this.announce(tx, customer.id, [], deleted.map((d) => d.name).sort(), a, this.deps.clock.now());
      return customer;
    });
  }

  /**
   * Deletes tags whose expiry has passed and announces each customer's removals (the expiry job).
   * Rows are picked with SKIP LOCKED in batches, so replicas and concurrent edits never block it;
   * running it again right away finds nothing. Returns how many tags were swept.
   */
  async expire(): Promise<number> {
    let total = 0;
    for (;;) {
      const now = this.deps.clock.now();
      const swept = await inTransaction(this.deps.dataSource, async (tx) => {
        const [rows]: [{ customer_id: string; name: string }[], number] = await tx.query(
          `delete from customer.tags t
            using (select customer_id, name from customer.tags
                    where expires_at <= $1 order by expires_at limit $2 for update skip locked) d
            where t.customer_id = d.customer_id and t.name = d.name
           returning t.customer_id, t.name`,
          [now, SWEEP_BATCH],
        );
        const byCustomer = new Map<string, string[]>();
        for (const r of rows) byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r.name]);
        for (const [customerId, removed] of byCustomer) await this.announce(tx, customerId, [], removed.sort(), null, now);
        return rows.length;
      });
      total += swept;
      if (swept < SWEEP_BATCH) return total;
    }
  }

  /**
   * Merge: the survivor keeps its own tag when both have one of the same name (unless the survivor's
   * has expired); the merged customer's other tags move over and the effective ones are announced.
   */
  /** What a merge moves of ours: the merged customer's tag rows, and which keys the survivor had already. */
  async recordMove(tx: EntityManager, fromId: string, toId: string): Promise<TagMoveRecord> {
    const tags: TagMoveRecord['tags'] = await tx.query(
      `select name, name_key as "nameKey", type, source, expires_at as "expiresAt", created_at as "createdAt", created_by as "createdBy"
         from customer.tags where customer_id = $1 order by name_key`,
      [fromId],
    );
    const own: { k: string }[] = await tx.query(`select name_key as k from customer.tags where customer_id = $1`, [toId]);
    return { tags, survivorKeys: own.map((r) => r.k) };
  }

  /**
   * An unmerge: the restored customer gets its tags back as they were at the merge; the survivor gives
   * up the ones it only had from the merge. Both changes are announced.
   */
  async undoMove(tx: EntityManager, record: unknown, survivorId: string, restoredId: string): Promise<number> {
    const r = record as Partial<TagMoveRecord> | null;
    const tags = Array.isArray(r?.tags) ? r.tags : [];
    const kept = new Set(Array.isArray(r?.survivorKeys) ? r.survivorKeys : []);
    const now = this.deps.clock.now();
    const brought = tags.filter((t) => !kept.has(t.nameKey)).map((t) => t.nameKey);
    const [dropped]: [{ name: string; expires_at: Date | null }[], number] = await tx.query(
      `delete from customer.tags where customer_id = $1 and name_key = any($2::text[]) returning name, expires_at`,
      [survivorId, brought],
    );
    for (const t of tags) {
      await tx.query(
        `insert into customer.tags (customer_id, name, name_key, type, source, expires_at, created_at, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing`,
        [restoredId, t.name, t.nameKey, t.type, t.source, t.expiresAt, t.createdAt, t.createdBy],
      );
    }
    const effective = (rows: { name: string; expiresAt: Date | string | null }[]) =>
      rows.filter((x) => isEffective({ expiresAt: x.expiresAt == null ? null : new Date(x.expiresAt) }, now)).map((x) => x.name).sort();
    await this.announce(tx, survivorId, [], dropped.map((d) => d.name).sort(), null, now);
    await this.announce(tx, restoredId, effective(tags), [], null, now);
    return tags.length;
  }

  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<number> {
    const now = this.deps.clock.now();
    await tx.query(
      `delete from customer.tags s
        where s.customer_id = $2 and s.expires_at <= $3
          and exists (select 1 from customer.tags m where m.customer_id = $1 and m.name_key = s.name_key)`,
      [fromId, toId, now],
    );
    const [moved]: [{ name: string; expires_at: Date | null }[], number] = await tx.query(
      `update customer.tags m set customer_id = $2
        where m.customer_id = $1 and not exists (select 1 from customer.tags s where s.customer_id = $2 and s.name_key = m.name_key)
       returning m.name, m.expires_at`,
      [fromId, toId],
    );
    await tx.query(`delete from customer.tags where customer_id = $1`, [fromId]);
    const added = moved.filter((m) => isEffective({ expiresAt: m.expires_at }, now)).map((m) => m.name).sort();
    await this.announce(tx, toId, added, [], null, now);
    return moved.length;
  }

  private async effectiveNames(tx: EntityManager, customerId: string, now: Date): Promise<string[]> {
    const rows: { name: string }[] = await tx.query(
      `select name from customer.tags where customer_id = $1 and (expires_at is null or expires_at > $2)`,
      [customerId, now],
    );
    return rows.map((r) => r.name);
  }

  private async announce(tx: EntityManager, customerId: string, added: string[], removed: string[], actor: Actor | null, now: Date) {
    if (added.length === 0 && removed.length === 0) return;
    await this.deps.outbox.write(tx, envelope('customer.tags_changed', customerId, { customerId, added, removed }, { actor, occurredAt: now }));
  }
}
