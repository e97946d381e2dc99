import type { JobDefinition } from '@member-graph/common/jobs';
import type { SlaService } from './sla/sla.service';
import type { ServiceSettings } from './settings';

/** The service subgraph's scheduled jobs; each is idempotent and reads the injected clock. */
export function serviceJobs(s: { sla: SlaService; settings: Pick<ServiceSettings, 'jobs'> }): JobDefinition[] {
  return [{ name: 'service.sla-breaches', everyMs: s.settings.jobs.slaEveryMs, run: () => s.sla.detectBreaches() }];
}
