import { DAY_MS } from '@member-graph/common/time';
import type { CareSettings } from './care.settings';

const HOUR_MS = 3_600_000;

/** The start of the complaint window ending `now`. */
export const complaintWindowStart = (s: Pick<CareSettings, 'windowHours'>, now: Date) => new Date(now.getTime() - s.windowHours * HOUR_MS);

/**
 * Whether complaints about one SKU form a new cluster (pure): at least `complaints` within the window,
 * and no cluster of that SKU detected within the window already (one cluster per burst of complaints;
 * complaints continuing after a window has passed form the next cluster).
 */
export function isNewCluster(s: Pick<CareSettings, 'complaints' | 'windowHours'>, complaintsInWindow: number, lastDetectedAt: Date | null, now: Date): boolean {
  if (complaintsInWindow < s.complaints) return false;
  return !lastDetectedAt || lastDetectedAt.getTime() < complaintWindowStart(s, now).getTime();
}

/** Buyers of the SKU who paid on or after this time are the cluster's recent buyers. */
export const buyersSince = (s: Pick<CareSettings, 'buyersDays'>, detectedAt: Date) => new Date(detectedAt.getTime() - s.buyersDays * DAY_MS);

/** The care ticket a recent buyer gets (its subject and first message, in Chinese: the app's language). */
export const careTicketText = (sku: string) => ({
  subject: `主动关怀：您购买的商品 ${sku}`,
  body: `我们注意到商品 ${sku} 近期有质量反馈，客服将主动联系您，确认您的商品是否正常，如有问题将优先为您处理。`,
});
