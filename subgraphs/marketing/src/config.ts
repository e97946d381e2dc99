import { num } from '@member-graph/common/config';
import { readEnv } from '@member-graph/common/config';

/** The channels campaign messages go out on. */
export const MESSAGE_CHANNELS = ['SMS', 'PUSH', 'WECHAT', 'EMAIL'] as const;
export type MessageChannelCode = (typeof MESSAGE_CHANNELS)[number];

/** How often and when a customer may be contacted on one channel (defaults; marketers change them with setChannelPolicy). */
export interface ChannelPolicyDefaults {
  /** At most this many messages per customer on this channel within `windowHours`. */
  maxPerWindow: number;
  windowHours: number;
  /** Quiet hours in Asia/Shanghai time as HH:MM (start inclusive, end exclusive; may wrap midnight); null for none. */
  quietStart: string | null;
  quietEnd: string | null;
}

/** Every tunable of the marketing subgraph. */
export interface MarketingSettings {
  channels: Record<MessageChannelCode, ChannelPolicyDefaults>;
  /** Customers returned as the sample of a segment preview. */
  previewSampleSize: number;
  /** Default attribution window of a campaign, in days after the send. */
  attributionDays: number;
  jobs: {
    /** How often due campaign timers (triggers, deferred sends, launches) are processed. */
    campaignTimersEveryMs: number;
    /** How often due segment timers (time-relative rules) are processed. */
    segmentTimersEveryMs: number;
    /** Timers processed per run before the job yields. */
    batchSize: number;
  };
}

const quiet = (maxPerWindow: number): ChannelPolicyDefaults => ({ maxPerWindow, windowHours: 24, quietStart: '21:00', quietEnd: '09:00' });

export const DEFAULT_SETTINGS: MarketingSettings = {
  channels: {
    SMS: quiet(2),
    PUSH: quiet(3),
    WECHAT: quiet(2),
    EMAIL: { maxPerWindow: 3, windowHours: 24, quietStart: null, quietEnd: null },
  },
  previewSampleSize: 10,
  attributionDays: 7,
  jobs: { campaignTimersEveryMs: 5_000, segmentTimersEveryMs: 60_000, batchSize: 500 },
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks a settings object; throws with every problem named. */
export function validateSettings(s: MarketingSettings): MarketingSettings {
  const problems: string[] = [];
  for (const [channel, p] of Object.entries(s.channels)) {
    if (!Number.isInteger(p.maxPerWindow) || p.maxPerWindow < 0) problems.push(`${channel}.maxPerWindow must be an integer >= 0`);
    if (!Number.isInteger(p.windowHours) || p.windowHours < 1) problems.push(`${channel}.windowHours must be a positive integer`);
    if ((p.quietStart === null) !== (p.quietEnd === null)) problems.push(`${channel} quiet hours need both a start and an end`);
    for (const t of [p.quietStart, p.quietEnd]) if (t !== null && !HHMM.test(t)) problems.push(`${channel} quiet hours must be HH:MM, got ${t}`);
  }
  if (!Number.isInteger(s.previewSampleSize) || s.previewSampleSize < 1 || s.previewSampleSize > 100) problems.push('previewSampleSize must be 1–100');
  if (!Number.isInteger(s.attributionDays) || s.attributionDays < 1) problems.push('attributionDays must be a positive integer');
  if (!(s.jobs.batchSize >= 1)) problems.push('jobs.batchSize must be >= 1');
  if (problems.length) throw new Error(`Invalid marketing settings:\n  ${problems.join('\n  ')}`);
  return s;
}

/** The settings: the defaults above, overridden by `MARKETING_*` environment variables, validated, frozen. */
export function readMarketingSettings(env: NodeJS.ProcessEnv = process.env, overrides: Partial<MarketingSettings> = {}): Readonly<MarketingSettings> {
  const d = DEFAULT_SETTINGS;
  const raw = readEnv(
    {
      MARKETING_PREVIEW_SAMPLE_SIZE: num({ default: d.previewSampleSize }),
      MARKETING_ATTRIBUTION_DAYS: num({ default: d.attributionDays }),
      MARKETING_CAMPAIGN_TIMERS_EVERY_MS: num({ default: d.jobs.campaignTimersEveryMs }),
      MARKETING_SEGMENT_TIMERS_EVERY_MS: num({ default: d.jobs.segmentTimersEveryMs }),
    },
    env,
  );
  return Object.freeze(
    validateSettings({
      ...d,
      previewSampleSize: raw.MARKETING_PREVIEW_SAMPLE_SIZE,
      attributionDays: raw.MARKETING_ATTRIBUTION_DAYS,
      jobs: { ...d.jobs, campaignTimersEveryMs: raw.MARKETING_CAMPAIGN_TIMERS_EVERY_MS, segmentTimersEveryMs: raw.MARKETING_SEGMENT_TIMERS_EVERY_MS },
      ...overrides,
    }),
  );
}
