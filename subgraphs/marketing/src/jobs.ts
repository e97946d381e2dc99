import type { JobDefinition } from '@member-graph/common/jobs';
import type { TriggerService } from './campaign/trigger.service';
import type { SegmentMembership } from './segment/segment.membership';
import type { MarketingSettings } from './settings';

/** The marketing subgraph's scheduled jobs: per-customer timers only, each picked FOR UPDATE SKIP LOCKED (idempotent). */
export function marketingJobs(s: { triggers: TriggerService; membership: SegmentMembership; settings: Pick<MarketingSettings, 'jobs'> }): JobDefinition[] {
  const every = s.settings.jobs;
  return [
    { name: 'marketing.campaign-timers', everyMs: every.campaignTimersEveryMs, run: () => s.triggers.runDueTimers() },
    { name: 'marketing.segment-timers', everyMs: every.segmentTimersEveryMs, run: () => s.membership.runDueTimers() },
  ];
}
