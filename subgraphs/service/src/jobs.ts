import type { JobDefinition } from '@member-graph/common/jobs';
import type { CareService } from './care/care.service';
import type { SlaService } from './sla/sla.service';
import type { ServiceSettings } from './settings';

/** The service subgraph's scheduled jobs; each is idempotent and reads the injected clock. */
export function serviceJobs(s: { sla: SlaService; care: CareService; settings: Pick<ServiceSettings, 'jobs' | 'care'> }): JobDefinition[] {
  return [
    { name: 'service.sla-breaches', everyMs: s.settings.jobs.slaEveryMs, run: () => s.sla.detectBreaches() },
    { name: 'service.proactive-care', everyMs: s.settings.care.everyMs, run: () => s.care.openPending() },
  ];
}
