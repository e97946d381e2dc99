import type { JobDefinition } from '@member-graph/common/jobs';
import type { ValueService } from './value.service';

/**
 * The daily customer-value refit: wakes hourly (under the job's advisory lock, so one replica runs it)
 * and fits once per Asia/Shanghai day, calibrated to that day; a second run the same day does nothing.
 */
export const valueRefitJob = (value: ValueService): JobDefinition => ({
  name: 'customer.value-refit',
  everyMs: 60 * 60_000,
  run: () => value.refitIfDue(),
});
