import { randomInt } from 'node:crypto';
import { badInput } from '@member-graph/common/errors';
import { DAY_MS } from '@member-graph/common/time';
import { thresholdNotMet } from './coupon.errors';

export const COUPON_KINDS = ['AMOUNT_OFF', 'PERCENT_OFF', 'THRESHOLD', 'FREE_SHIPPING'] as const;
export type CouponKindCode = (typeof COUPON_KINDS)[number];
export const COUPON_CHANNELS = ['ONLINE', 'STORE'] as const;
export type CouponChannelCode = (typeof COUPON_CHANNELS)[number];

/** A coupon template's terms as stored (money in cents). */
export interface CouponTerms {
  kind: CouponKindCode;
  amountOffCents: number | null;
  percentOff: number | null;
  maxDiscountCents: number | null;
  thresholdCents: number | null;
  validFrom: Date | null;
  validUntil: Date | null;
  validDays: number | null;
  stock: number;
  perCustomerLimit: number;
  channels: CouponChannelCode[];
  claimable: boolean;
}

/** A template as a marketer describes it (money in cents, optional fields possibly missing). */
export interface TemplateDraft {
  kind: CouponKindCode;
  amountOffCents?: number | null;
  percentOff?: number | null;
  maxDiscountCents?: number | null;
  thresholdCents?: number | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
  validDays?: number | null;
  stock: number;
  perCustomerLimit?: number | null;
  channels?: CouponChannelCode[] | null;
  claimable?: boolean | null;
}

const present = (v: unknown) => v !== null && v !== undefined;

/** Records a problem with a field unless `ok`. */
type Need = (field: keyof TemplateDraft, ok: boolean, message: string) => void;

const positive = (v: number | null | undefined) => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** Each kind takes exactly its own amounts. */
function checkKind(d: TemplateDraft, need: Need): void {
  const forbid = (...fields: (keyof TemplateDraft)[]) => {
    for (const f of fields) need(f, !present(d[f]), `${d.kind} takes no ${f}`);
  };
  switch (d.kind) {
    case 'AMOUNT_OFF':
      need('amountOffCents', positive(d.amountOffCents), 'AMOUNT_OFF needs amountOff above 0');
      forbid('percentOff', 'maxDiscountCents', 'thresholdCents');
      break;
    case 'PERCENT_OFF':
      need('percentOff', typeof d.percentOff === 'number' && Number.isInteger(d.percentOff) && d.percentOff >= 1 && d.percentOff <= 99, 'PERCENT_OFF needs percentOff 1–99');
      need('maxDiscountCents', positive(d.maxDiscountCents), 'PERCENT_OFF needs a cap: maxDiscount above 0');
      forbid('amountOffCents', 'thresholdCents');
      break;
    case 'THRESHOLD':
      need('thresholdCents', positive(d.thresholdCents), 'THRESHOLD needs threshold above 0');
      need('amountOffCents', positive(d.amountOffCents), 'THRESHOLD needs amountOff above 0');
      if (positive(d.thresholdCents) && positive(d.amountOffCents)) need('amountOffCents', d.amountOffCents! <= d.thresholdCents!, 'amountOff must not exceed threshold');
      forbid('percentOff', 'maxDiscountCents');
      break;
    case 'FREE_SHIPPING':
      forbid('amountOffCents', 'percentOff', 'thresholdCents');
      if (present(d.maxDiscountCents)) need('maxDiscountCents', positive(d.maxDiscountCents), 'maxDiscount must be above 0');
      break;
    default:
      need('kind', false, `unknown kind ${String(d.kind)}`);
  }
}

/** A window ending at validUntil (in the future, after validFrom), or validDays after issue: exactly one. */
function checkValidity(d: TemplateDraft, now: Date, need: Need): void {
  need('validUntil', present(d.validUntil) !== present(d.validDays), 'give exactly one of validUntil and validDays');
  if (present(d.validDays)) need('validDays', Number.isInteger(d.validDays) && d.validDays! >= 1 && d.validDays! <= 3650, 'validDays must be 1–3650');
  if (present(d.validUntil)) {
    need('validUntil', d.validUntil!.getTime() > now.getTime(), 'validUntil must be in the future');
    if (present(d.validFrom)) need('validUntil', d.validUntil!.getTime() > d.validFrom!.getTime(), 'validUntil must be after validFrom');
  }
}

/**
 * Checks a template and returns its stored terms; every problem is reported. Kinds:
 * AMOUNT_OFF (amountOff), PERCENT_OFF (percentOff 1–99 and a cap maxDiscount), THRESHOLD (满减:
 * amountOff once the order reaches threshold, e.g. 200 off 30), FREE_SHIPPING (the shipping fee,
 * optionally capped by maxDiscount). Validity is a window ending at validUntil or validDays after issue.
 */
export function validateTemplate(d: TemplateDraft, now: Date): CouponTerms {
  const problems: { field: string; message: string }[] = [];
  const need: Need = (field, ok, message) => {
    if (!ok) problems.push({ field, message });
  };
  checkKind(d, need);
  checkValidity(d, now, need);
  need('stock', Number.isInteger(d.stock) && d.stock >= 1 && d.stock <= 10_000_000, 'stock must be 1–10,000,000');
  const limit = d.perCustomerLimit ?? 1;
  need('perCustomerLimit', Number.isInteger(limit) && limit >= 1 && limit <= 100, 'perCustomerLimit must be 1–100');
  const channels = [...new Set(d.channels ?? ['ONLINE', 'STORE'])].sort() as CouponChannelCode[];
  need('channels', channels.length > 0, 'name at least one channel (ONLINE, STORE)');
  if (problems.length) {
    throw badInput(`The coupon template is invalid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, { field: problems[0].field, problems });
  }
  return {
    kind: d.kind,
    amountOffCents: d.amountOffCents ?? null,
    percentOff: d.percentOff ?? null,
    maxDiscountCents: d.maxDiscountCents ?? null,
    thresholdCents: d.thresholdCents ?? null,
    validFrom: d.validFrom ?? null,
    validUntil: d.validUntil ?? null,
    validDays: d.validDays ?? null,
    stock: d.stock,
    perCustomerLimit: limit,
    channels,
    claimable: d.claimable ?? true,
  };
}

/** The validity of a coupon issued at `issuedAt`: the template's window, or validDays from issue. */
export function couponValidity(t: Pick<CouponTerms, 'validFrom' | 'validUntil' | 'validDays'>, issuedAt: Date): { validFrom: Date; validUntil: Date } {
  if (t.validDays) return { validFrom: issuedAt, validUntil: new Date(issuedAt.getTime() + t.validDays * DAY_MS) };
  return { validFrom: t.validFrom ?? issuedAt, validUntil: t.validUntil! };
}

/** Whether the template can still issue coupons at `now` (a window template stops at its end). */
export const canIssue = (t: Pick<CouponTerms, 'validUntil'>, now: Date) => !t.validUntil || now.getTime() < t.validUntil.getTime();

/**
 * The discount of a coupon on an order of `orderCents` (and `shippingCents` for free shipping).
 * Never more than the order; percentages round down to the cent; THRESHOLD below its threshold is refused.
 */
export function discountFor(t: Pick<CouponTerms, 'kind' | 'amountOffCents' | 'percentOff' | 'maxDiscountCents' | 'thresholdCents'>, orderCents: number, shippingCents = 0): number {
  switch (t.kind) {
    case 'AMOUNT_OFF':
      return Math.min(t.amountOffCents!, orderCents);
    case 'PERCENT_OFF':
      return Math.min(Math.floor((orderCents * t.percentOff!) / 100), t.maxDiscountCents!, orderCents);
    case 'THRESHOLD':
      if (orderCents < t.thresholdCents!) throw thresholdNotMet(t.thresholdCents!);
      return Math.min(t.amountOffCents!, orderCents);
    case 'FREE_SHIPPING':
      return t.maxDiscountCents ? Math.min(shippingCents, t.maxDiscountCents) : shippingCents;
  }
}

/** What a customer sees: AVAILABLE until used or past its end, then REDEEMED or EXPIRED. */
export function couponStatus(c: { status: string; validUntil: Date }, now: Date): 'AVAILABLE' | 'REDEEMED' | 'EXPIRED' {
  if (c.status === 'REDEEMED') return 'REDEEMED';
  return now.getTime() > new Date(c.validUntil).getTime() ? 'EXPIRED' : 'AVAILABLE';
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A 12-character code customers can read out at a till (no 0/O or 1/I). */
export function couponCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
