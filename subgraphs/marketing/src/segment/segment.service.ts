import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { requireCustomerAccess, requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { decodeCursor, isUuid, pageSize } from '@member-graph/common/graphql';
import { queryRows, type Deps } from '../deps';
import type { SaveSegmentInput, SegmentRuleInput } from './segment.inputs';
import type { SegmentMembership as Membership } from './segment.membership';
import { describeRule } from './segment.describe';
import { segmentInUse, segmentNameTaken } from './segment.errors';
import { parseRule, type Rule } from './segment.rules';
import { compileRule } from './segment.compiler';
import { SEGMENT_COLUMNS as COLUMNS, type MembersKey, type SegmentRow } from './segment.repository';

export type { MembersKey, SegmentRow } from './segment.repository';

/** Who manages segments, and who may read them (agents read-only). */
const MANAGERS = ['marketer', 'admin'] as const;
const READERS = ['marketer', 'admin', 'agent'] as const;

/**
 * Saved segments: validate a rule, preview it (count and a sample, nothing saved), save it (its
 * membership is computed once in SQL and then maintained per customer by SegmentMembership),
 * archive it; read members and each customer's joins and leaves.
 */
export class SegmentService {
  constructor(
    private readonly deps: Deps,
    private readonly membership: Membership,
  ) {}

  /** What a rule selects now: the count and a sample (marketers and admins). */
  async preview(actor: Actor | null, input: SegmentRuleInput) {
    requireRole(actor, ...MANAGERS);
    const rule = parseRule(input);
    const { where, params } = compileRule(rule, this.deps.clock.now(), 1, this.deps.settings.baseTier);
    const ds = this.deps.dataSource;
    const [{ count }] = await queryRows<{ count: number }>(ds, `select count(*)::int as count from marketing.customer_facts f where ${where}`, params);
    const sample = await queryRows<{ id: string }>(
      ds,
      `select f.customer_id as id from marketing.customer_facts f where ${where} order by f.customer_id limit ${this.deps.settings.previewSampleSize}`,
      params,
    );
    return { count, sample, ruleText: describeRule(rule) };
  }

  /** Creates or changes a segment and brings its membership up to date (marketers and admins). */
  async save(actor: Actor | null, input: SaveSegmentInput): Promise<SegmentRow> {
    const a = requireRole(actor, ...MANAGERS);
    const rule = parseRule(input.rule);
    const name = input.name.trim();
    if (!name) throw segmentNameTaken(name);
    if (input.id && !isUuid(input.id)) throw notFound('Segment', input.id);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const now = this.deps.clock.now();
      const [clash] = await queryRows<{ id: string }>(
        tx,
        `select id from marketing.segments where lower(name) = lower($1) and archived_at is null and id <> coalesce($2::uuid, '00000000-0000-0000-0000-000000000000')`,
        [name, input.id ?? null],
      );
      if (clash) throw segmentNameTaken(name);
      let id = input.id ?? null;
      if (id) {
        const [row] = await queryRows(tx, `select id from marketing.segments where id = $1 and archived_at is null for update`, [id]);
        if (!row) throw notFound('Segment', id);
        await tx.query(
          `update marketing.segments set name = $2, description = $3, rule = $4, rule_text = $5, version = version + 1, updated_at = $6 where id = $1`,
          [id, name, input.description ?? null, JSON.stringify(rule), describeRule(rule), now],
        );
      } else {
        id = randomUUID();
        await tx.query(
          `insert into marketing.segments (id, name, description, rule, rule_text, created_by, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $7)`,
          [id, name, input.description ?? null, JSON.stringify(rule), describeRule(rule), a.id, now],
        );
        // lock the new row too, so per-customer evaluations wait for the initial membership
        await tx.query(`select id from marketing.segments where id = $1 for update`, [id]);
      }
      await this.membership.recompute(tx, id, rule, 'SAVE');
      return (await queryRows<SegmentRow>(tx, `select ${COLUMNS} from marketing.segments where id = $1`, [id]))[0];
    }).catch((error) => {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'segments_name') throw segmentNameTaken(name);
      throw error;
    });
  }

  /** Archives a segment: its members leave it (announced); refused while an active campaign targets it. */
  async archive(actor: Actor | null, id: string): Promise<SegmentRow> {
    requireRole(actor, ...MANAGERS);
    if (!isUuid(id)) throw notFound('Segment', id);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const [row] = await queryRows(tx, `select id from marketing.segments where id = $1 and archived_at is null for update`, [id]);
      if (!row) throw notFound('Segment', id);
      const campaigns = await queryRows<{ id: string }>(tx, `select id from marketing.campaigns where segment_id = $1 and status = 'ACTIVE'`, [id]);
      if (campaigns.length) throw segmentInUse(campaigns.map((c) => c.id));
      await this.membership.empty(tx, id);
      await tx.query(`update marketing.segments set archived_at = $2 where id = $1`, [id, this.deps.clock.now()]);
      return (await queryRows<SegmentRow>(tx, `select ${COLUMNS} from marketing.segments where id = $1`, [id]))[0];
    });
  }

  /** One segment (staff: marketers, admins, agents). */
  async get(actor: Actor | null, id: string, loader: DataLoader<string, SegmentRow | null>): Promise<SegmentRow> {
    requireRole(actor, ...READERS);
    const row = isUuid(id) ? await loader.load(id) : null;
    if (!row) throw notFound('Segment', id);
    return row;
  }

  /** Segments that are not archived, by name. */
  async list(actor: Actor | null, includeArchived: boolean): Promise<SegmentRow[]> {
    requireRole(actor, ...READERS);
    return queryRows<SegmentRow>(
      this.deps.dataSource,
      `select ${COLUMNS} from marketing.segments where $1 or archived_at is null order by lower(name)`,
      [includeArchived],
    );
  }

  /** Validates a members page request (first 1–100, default 20; `after` a cursor of this list). */
  membersRequest(segmentId: string, first: number | null | undefined, after: string | null | undefined): MembersKey {
    const afterId = (decodeCursor(after)?.[0] as string | undefined) ?? null;
    if (afterId !== null && !isUuid(afterId)) throw badInput('after is not a valid cursor', { field: 'after' });
    return { segmentId, first: pageSize(first), afterId };
  }

  /** Joins and leaves of one customer, newest first (staff, or the customer themself). */
  async changesOf(actor: Actor | null, customerId: string, first: number | null | undefined) {
    const a = requireCustomerAccess(actor, customerId);
    if (a.role !== 'customer') requireRole(a, ...READERS);
    if (!isUuid(customerId)) return [];
    return queryRows(
      this.deps.dataSource,
      `select c.segment_id as "segmentId", s.name as "segmentName", c.customer_id as "customerId", c.joined, c.cause, c.at
         from marketing.segment_changes c left join marketing.segments s on s.id = c.segment_id
        where c.customer_id = $1 order by c.id desc limit $2`,
      [customerId, pageSize(first)],
    );
  }
}
