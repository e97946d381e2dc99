import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid, manyByKey, oneByKey, ownerPages } from '@member-graph/common/graphql';
import { queryRows } from '../deps';
import { SEGMENT_COLUMNS, type MembersKey, type SegmentRow } from './segment.repository';

/** A customer's membership of a segment, with the segment. */
export interface Membership {
  customerId: string;
  since: Date;
  segment: SegmentRow;
}

/** Member counts of many segments in one query. */
const memberCounts = (ds: DataSource) =>
  new DataLoader<string, number>(async (ids) => {
    const rows = await queryRows<{ id: string; n: number }>(
      ds,
      `select segment_id as id, count(*)::int as n from marketing.segment_members where segment_id = any($1::uuid[]) group by segment_id`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  });

/** The segments many customers belong to, with their segment rows, in one query. */
const memberships = (ds: DataSource) =>
  manyByKey<string, Membership>(async (ids) => {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await queryRows<SegmentRow & { customerId: string; since: Date }>(
      ds,
      `select m.customer_id as "customerId", m.since, s.id, s.name, s.description, s.rule, s.rule_text as "ruleText",
              s.created_at as "createdAt", s.updated_at as "updatedAt", s.archived_at as "archivedAt"
         from marketing.segment_members m join marketing.segments s on s.id = m.segment_id
        where m.customer_id = any($1::uuid[]) order by lower(s.name)`,
      [valid],
    );
    return rows.map(({ customerId, since, ...segment }) => ({ customerId, since, segment }));
  }, (r) => r.customerId);

/** The segment loaders of one request: segments by id, member counts and member pages of segments, each customer's segments. */
export function segmentLoaders(ds: DataSource) {
  return {
    segmentById: oneByKey<string, SegmentRow>(async (ids) => {
      const valid = ids.filter(isUuid);
      return valid.length ? queryRows<SegmentRow>(ds, `select ${SEGMENT_COLUMNS} from marketing.segments where id = any($1::uuid[])`, [valid]) : [];
    }, (r) => r.id),
    segmentMemberCount: memberCounts(ds),
    // member pages of many segments, by customer id, in one statement per tick (the shared ownerPages)
    segmentMembers: ownerPages<MembersKey, { id: string }>(ds, {
      table: 'marketing.segment_members',
      owner: { column: 'segment_id', type: 'uuid' },
      sort: [{ column: 'customer_id', type: 'uuid' }],
      direction: 'asc',
      columns: 'x.customer_id as id',
      window: (k) => ({ owner: k.segmentId, limit: k.first + 1, after: k.afterId === null ? null : [k.afterId] }),
    }),
    membershipsByCustomer: memberships(ds),
  };
}
