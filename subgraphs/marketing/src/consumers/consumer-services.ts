import type { AttributionService } from '../campaign/attribution.service';
import type { TriggerService } from '../campaign/trigger.service';
import type { CouponService } from '../coupon/coupon.service';
import type { FactsProjection } from '../facts/facts.projection';
import type { ErasureService } from '../privacy/erasure.service';
import type { SegmentMembership } from '../segment/segment.membership';

/** The services marketing's consumers draw from; each handler names the few it uses (Pick). */
export interface ConsumerServices {
  facts: FactsProjection;
  membership: SegmentMembership;
  triggers: TriggerService;
  attribution: AttributionService;
  coupons: CouponService;
  erasure: ErasureService;
}
