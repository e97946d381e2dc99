import { DAY_MS, dayRange } from '@member-graph/common/time';

/** The longest range an analytics series covers (the satisfaction report's bound). */
export const MAX_RANGE_DAYS = 400;

/** A range of Asia/Shanghai business days as instants: from the first day's midnight to the midnight after the last. */
export interface DayRange {
  start: Date;
  end: Date;
}

/** The Shanghai midnight starting a (checked) YYYY-MM-DD day. */
const shanghaiMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 8 * 3_600_000);

/**
 * Validates `from`–`to` (inclusive Asia/Shanghai business days, at most MAX_RANGE_DAYS) with the shared
 * `dayRange` check and answers the instants that bound it; an impossible range is BAD_USER_INPUT naming
 * the argument.
 */
export function businessDayRange(from: string, to: string, maxDays = MAX_RANGE_DAYS): DayRange {
  dayRange(from, to, maxDays);
  return { start: shanghaiMidnight(from), end: new Date(shanghaiMidnight(to).getTime() + DAY_MS) };
}

/** A campaign's receipts over its messages sent in a range. */
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
