import type { JobDefinition } from '@member-graph/common/jobs';
import type { TagService } from './tag.service';

/** Sweeps expired tags every 5 minutes and announces the removals (idempotent; see TagService.expire). */
export const tagExpiryJob = (tags: TagService): JobDefinition => ({
  name: 'customer.tag-expiry',
  everyMs: 5 * 60_000,
  run: () => tags.expire(),
});
