import { performance } from 'node:perf_hooks';
import { cdnowSummaries } from '@member-graph/customer/src/value/cdnow.fixture';
import { fitValueModels } from '@member-graph/customer/src/value/value.fit';

/** The full CDNOW cohort had 23,570 customers, of which the shared sample is one in ten. */
const FULL_CDNOW_CUSTOMERS = 23_570;

/**
 * Times a fit of both value models (BG/NBD + Gamma-Gamma) over 23,570 CDNOW customers: the shared
 * 2,357-customer sample's calibration summaries repeated ten times (the full file is not shared; the
 * fit's cost depends on the number of customers, not on who they are). Printed and returned, never asserted.
 */
export function benchValueFit(): { customers: number; seconds: number } {
  const sample = [...cdnowSummaries().values()];
  const customers = Array.from({ length: FULL_CDNOW_CUSTOMERS }, (_, i) => sample[i % sample.length]);
  fitValueModels(sample); // warm-up
  const started = performance.now();
  const fit = fitValueModels(customers);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `value model fit over ${customers.length} CDNOW customers: ${seconds.toFixed(2)} s (budget 10 s); ` +
      `r ${fit.r.toFixed(3)} α ${fit.alpha.toFixed(3)} a ${fit.a.toFixed(3)} b ${fit.b.toFixed(3)} p ${fit.p?.toFixed(2)} q ${fit.q?.toFixed(2)} v ${fit.v?.toFixed(2)}`,
  );
  return { customers: customers.length, seconds };
}
