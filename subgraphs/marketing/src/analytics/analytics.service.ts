import { requireRole, STAFF_ROLES, type Actor } from '@member-graph/common/auth';
import { badInput } from '@member-graph/common/errors';
import type { Deps } from '../deps';
import { campaignTotals, HOLDOUT, type ArmStats } from '../campaign/ab-split.rules';
import { MESSAGE_CHANNELS } from '../campaign/channel.settings';
import { businessDayRange } from './analytics.rules';
import { deliveryRates } from '../campaign/receipt.rules';
import { clvBySegment, clvByTier, roiArms, type ClvGroupRow, type RoiArmRow } from './analytics.repository';
import type { CampaignRoi } from './analytics.type';

/** Marketing's analytics series (staff): ROI across campaigns, CLV distribution by segment and tier; each one SQL statement over marketing's own tables. */
export class MarketingAnalyticsService {
  constructor(private readonly deps: Deps) {}

  /** Every campaign with sends or attributed orders in the business days `from`–`to` (marketers, admins), optionally of one channel. */
  async campaignRoi(actor: Actor | null, from: string, to: string, channel: string | null | undefined): Promise<CampaignRoi[]> {
    requireRole(actor, 'marketer', 'admin');
    const range = businessDayRange(from, to);
    if (channel != null && !(MESSAGE_CHANNELS as readonly string[]).includes(channel)) {
      throw badInput(`channel must be one of ${MESSAGE_CHANNELS.join(', ')}`, { field: 'channel' });
    }
    const rows = await roiArms(this.deps.dataSource, range, channel ?? null);
    const byCampaign = new Map<string, RoiArmRow[]>();
    for (const r of rows) byCampaign.set(r.campaignId, (byCampaign.get(r.campaignId) ?? []).concat(r));
    return [...byCampaign.values()].map((arms) => {
      const [c] = arms;
      const stats: ArmStats[] = arms.map((a) => ({ code: a.code, audience: a.audience, conversions: a.conversions, revenueCents: a.revenueCents }));
      const totals = campaignTotals(stats, c.costPerMessageCents);
      const variants = arms.filter((a) => a.code !== HOLDOUT);
      const sum = (f: (a: RoiArmRow) => number) => variants.reduce((s, a) => s + f(a), 0);
      const counts = { delivered: sum((a) => a.delivered), opened: sum((a) => a.opened), clicked: sum((a) => a.clicked), deliveredConversions: sum((a) => a.deliveredConversions) };
      const rates = deliveryRates({ ...counts, sent: totals.sent, costCents: totals.costCents });
      return { campaignId: c.campaignId, name: c.name, channel: c.channel, ...totals, ...counts, ...rates } as CampaignRoi;
    });
  }

  /** CLV distribution by saved segment or by loyalty tier (staff), from the projected value scores. */
  clvDistribution(actor: Actor | null, by: 'SEGMENT' | 'TIER'): Promise<ClvGroupRow[]> {
    requireRole(actor, ...STAFF_ROLES);
    return by === 'TIER' ? clvByTier(this.deps.dataSource, this.deps.settings.baseTier) : clvBySegment(this.deps.dataSource);
  }
}
