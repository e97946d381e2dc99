import { sqlMigration } from '@member-graph/common/db';

/**
 * The service trends read ranges of time (issue 14): tickets by when they were opened and by when a
 * target was breached, returns by when they were asked for; each range is an index range, not a scan.
 */
export const TrendIndexes = sqlMigration('TrendIndexes', 1763900017000, [
  `create index tickets_created on service.tickets (created_at)`,
  `create index tickets_first_response_breached on service.tickets (first_response_breached_at) where first_response_breached_at is not null`,
  `create index tickets_resolution_breached on service.tickets (resolution_breached_at) where resolution_breached_at is not null`,
  `create index returns_created on service.returns (created_at)`,
]);
