import type { DataSource } from 'typeorm';
import { isUuid, manyByKey, oneByKey } from '@member-graph/common/graphql';
import { queryRows } from '../deps';
import { COUPON_COLUMNS, selectTemplates, type CouponRow, type TemplateRow } from './coupon.repository';

/** The coupon loaders of one request: templates by id, each customer's coupons (newest first), one query per tick. */
export function couponLoaders(ds: DataSource) {
  return {
    templateById: oneByKey<string, TemplateRow>((ids) => selectTemplates(ds, ids.filter(isUuid)), (t) => t.id),
    couponsByCustomer: manyByKey<string, CouponRow>(async (ids) => {
      const valid = ids.filter(isUuid);
      return valid.length
        ? queryRows<CouponRow>(ds, `select ${COUPON_COLUMNS} from marketing.coupons where customer_id = any($1::uuid[]) order by issued_at desc, id`, [valid])
        : [];
    }, (c) => c.customerId),
  };
}
