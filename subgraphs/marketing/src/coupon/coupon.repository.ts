import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../deps';
import type { CouponTerms } from './coupon.rules';

/** A coupon template as services use it. */
export interface TemplateRow extends CouponTerms {
  id: string;
  name: string;
  issued: number;
  createdAt: Date;
}

/** An issued coupon as services use it. */
export interface CouponRow {
  id: string;
  templateId: string;
  customerId: string;
  code: string;
  source: 'CLAIM' | 'CAMPAIGN' | 'STAFF' | 'REWARD' | 'BIRTHDAY';
  campaignId: string | null;
  issuedAt: Date;
  validFrom: Date;
  validUntil: Date;
  status: 'ISSUED' | 'REDEEMED';
  redeemedAt: Date | null;
  redemptionChannel: 'ONLINE' | 'STORE' | null;
  orderId: string | null;
  storeId: string | null;
  storeTransactionId: string | null;
  discountCents: number | null;
}

export const TEMPLATE_COLUMNS = `id, name, kind, amount_off_cents as "amountOffCents", percent_off as "percentOff", max_discount_cents as "maxDiscountCents",
  threshold_cents as "thresholdCents", valid_from as "validFrom", valid_until as "validUntil", valid_days as "validDays", stock, issued,
  per_customer_limit as "perCustomerLimit", channels, claimable, created_at as "createdAt"`;
export const COUPON_COLUMNS = `id, template_id as "templateId", customer_id as "customerId", code, source, campaign_id as "campaignId",
  issued_at as "issuedAt", valid_from as "validFrom", valid_until as "validUntil", status, redeemed_at as "redeemedAt",
  redemption_channel as "redemptionChannel", order_id as "orderId", store_id as "storeId", store_transaction_id as "storeTransactionId",
  discount_cents as "discountCents"`;

/** Templates by id. */
export const selectTemplates = (db: DataSource | EntityManager, ids: readonly string[]) =>
  queryRows<TemplateRow>(db, `select ${TEMPLATE_COLUMNS} from marketing.coupon_templates where id = any($1::uuid[])`, [ids]);
