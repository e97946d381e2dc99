import type { JobDefinition } from '@member-graph/common/jobs';
import type { Services } from './services';

/** The marketing subgraph's scheduled jobs: per-customer timers only, each picked FOR UPDATE SKIP LOCKED (idempotent). */
export function marketingJobs(s: Services): JobDefinition[] {
  const every = s.deps.settings.jobs;
  return [
    { name: 'marketing.campaign-timers', everyMs: every.campaignTimersEveryMs, run: () => s.triggers.runDueTimers() },
    { name: 'marketing.segment-timers', everyMs: every.segmentTimersEveryMs, run: () => s.membership.runDueTimers() },
  ];
}
