import type { JobDefinition } from '@member-graph/common/jobs';
import type { Services } from './services';

/** The service subgraph's scheduled jobs; each is idempotent and reads the injected clock. */
export function serviceJobs(s: Services): JobDefinition[] {
  return [{ name: 'service.sla-breaches', everyMs: s.deps.settings.jobs.slaEveryMs, run: () => s.sla.detectBreaches() }];
}
