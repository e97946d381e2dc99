import { DEFAULT_BASE_TIER } from './segment/segment-condition.rules';
import { channelProblems, DEFAULT_CHANNELS, type ChannelPolicyDefaults, type MessageChannelCode } from './campaign/channel.settings';

/** Every tunable of the marketing subgraph; the channel policies are defined in campaign/channel.settings. */
export interface MarketingSettings {
  channels: Record<MessageChannelCode, ChannelPolicyDefaults>;
  /** Customers returned as the sample of a segment preview. */
  previewSampleSize: number;
  /** Default attribution window of a campaign, in days after the send. */
  attributionDays: number;
  /**
   * Loyalty's base tier (the first of its tier table): customers with no loyalty.tier_changed yet
   * hold it, so TIER conditions and the CLV distribution by tier count them there.
   */
  baseTier: string;
  jobs: {
    /** How often due campaign timers (triggers, deferred sends, launches) are processed. */
    campaignTimersEveryMs: number;
    /** How often due segment timers (time-relative rules) are processed. */
    segmentTimersEveryMs: number;
    /** Timers processed per run before the job yields. */
    batchSize: number;
  };
}

export const DEFAULT_SETTINGS: MarketingSettings = {
  channels: DEFAULT_CHANNELS,
  previewSampleSize: 10,
  attributionDays: 7,
  baseTier: DEFAULT_BASE_TIER,
  jobs: { campaignTimersEveryMs: 5_000, segmentTimersEveryMs: 60_000, batchSize: 500 },
};

/** Checks a settings object; throws with every problem named. */
export function validateSettings(s: MarketingSettings): MarketingSettings {
  const problems = channelProblems(s.channels);
  if (!Number.isInteger(s.previewSampleSize) || s.previewSampleSize < 1 || s.previewSampleSize > 100) problems.push('previewSampleSize must be 1–100');
  if (!Number.isInteger(s.attributionDays) || s.attributionDays < 1) problems.push('attributionDays must be a positive integer');
  if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(s.baseTier)) problems.push('baseTier must be a tier code like MEMBER');
  if (!(s.jobs.batchSize >= 1)) problems.push('jobs.batchSize must be >= 1');
  if (problems.length) throw new Error(`Invalid marketing settings:\n  ${problems.join('\n  ')}`);
  return s;
}
