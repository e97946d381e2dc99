import type { Rule } from './segment.rules';

/** One page request of one segment's members. */
export interface MembersKey {
  segmentId: string;
  first: number;
  afterId: string | null;
}

/** A saved segment as services use it. */
export interface SegmentRow {
  id: string;
  name: string;
  description: string | null;
  rule: Rule;
  ruleText: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

/** The columns of marketing.segments as a SegmentRow. */
export const SEGMENT_COLUMNS = `id, name, description, rule, rule_text as "ruleText", created_at as "createdAt", updated_at as "updatedAt", archived_at as "archivedAt"`;
