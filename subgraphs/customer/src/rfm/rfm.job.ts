import type { JobDefinition } from '@member-graph/common/jobs';
import type { RfmService } from './rfm.service';

/**
 * The daily RFM and lifecycle refresh: wakes hourly and refreshes once per Asia/Shanghai day, so a
 * restart never skips a day nor repeats one (and a repeat would change nothing anyway).
 */
export const rfmRefreshJob = (rfm: RfmService): JobDefinition => ({
  name: 'customer.rfm-refresh',
  everyMs: 60 * 60_000,
  run: () => rfm.refreshIfDue(),
});
