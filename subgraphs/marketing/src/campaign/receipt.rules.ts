import { badInput } from '@member-graph/common/errors';

/* Delivery receipts: the stages a sent message reaches, forward only. */

export const DELIVERY_STAGES = ['DELIVERED', 'OPENED', 'CLICKED'] as const;
export type DeliveryStageCode = (typeof DELIVERY_STAGES)[number];

/** The most receipts one call takes. */
export const MAX_RECEIPTS = 500;
/** How far ahead of the clock a receipt's time may be (a provider's clock skew). */
export const RECEIPT_SKEW_MS = 5 * 60_000;

/** When a message first reached each stage (null: not yet). */
export interface ReceiptTimes {
  deliveredAt: Date | null;
  openedAt: Date | null;
  clickedAt: Date | null;
}

const FIELDS: Record<DeliveryStageCode, keyof ReceiptTimes> = { DELIVERED: 'deliveredAt', OPENED: 'openedAt', CLICKED: 'clickedAt' };

/** The furthest stage reached, or null before any receipt. */
export function deliveryStage(t: ReceiptTimes): DeliveryStageCode | null {
  for (const stage of [...DELIVERY_STAGES].reverse()) if (t[FIELDS[stage]]) return stage;
  return null;
}

/**
 * A receipt applied to a message's times: the stage and every earlier one it implies (an opened
 * message was delivered) get `at` if they have no time yet; a time once set never changes. So a
 * receipt again, or one for a stage already reached, changes nothing. `changed` says whether it did.
 */
export function applyReceipt(t: ReceiptTimes, stage: DeliveryStageCode, at: Date): { times: ReceiptTimes; changed: boolean } {
  const times = { ...t };
  let changed = false;
  for (const s of DELIVERY_STAGES.slice(0, DELIVERY_STAGES.indexOf(stage) + 1)) {
    if (!times[FIELDS[s]]) {
      times[FIELDS[s]] = at;
      changed = true;
    }
  }
  return { times, changed };
}

/** Checks a batch of receipts: 1–MAX_RECEIPTS, each at a time not ahead of the clock (beyond RECEIPT_SKEW_MS). */
export function checkReceipts(receipts: { at: Date }[], now: Date): void {
  const problems: string[] = [];
  if (receipts.length < 1 || receipts.length > MAX_RECEIPTS) problems.push(`give 1–${MAX_RECEIPTS} receipts`);
  const late = receipts.findIndex((r) => !(r.at instanceof Date) || Number.isNaN(r.at.getTime()) || r.at.getTime() > now.getTime() + RECEIPT_SKEW_MS);
  if (late >= 0) problems.push(`receipt ${late}: at must not be in the future`);
  if (problems.length) throw badInput(`The receipts are invalid: ${problems.join('; ')}`, { field: 'input', problems });
}

/** What receipts said of a campaign's (or an arm's) sent messages. */
export interface DeliveryCounts {
  sent: number;
  delivered: number;
  opened: number;
  clicked: number;
  /** Converted customers whose message was reported delivered. */
  deliveredConversions: number;
  costCents: number;
}

/** The rates built on receipts; each null when its base is 0. */
export interface DeliveryRates {
  deliveryRate: number | null;
  openRate: number | null;
  clickRate: number | null;
  conversionRate: number | null;
  costPerDeliveredCents: number | null;
}

const ratio = (n: number, base: number) => (base === 0 ? null : n / base);

/**
 * Rates on the messages that arrived, not merely the ones attempted: delivered ÷ sent, and opened,
 * clicked, converted (customers with an attributed order whose message was delivered) and cost per
 * message, each ÷ delivered (cost is paid per attempt, so a lost message makes the delivered ones dearer).
 */
export function deliveryRates(c: DeliveryCounts): DeliveryRates {
  const perDelivered = ratio(c.costCents, c.delivered);
  return {
    deliveryRate: ratio(c.delivered, c.sent),
    openRate: ratio(c.opened, c.delivered),
    clickRate: ratio(c.clicked, c.delivered),
    conversionRate: ratio(c.deliveredConversions, c.delivered),
    costPerDeliveredCents: perDelivered === null ? null : Math.round(perDelivered),
  };
}
