import { num, str } from '@member-graph/common/config';
import { readEnv } from '@member-graph/common/config';
import { DEFAULT_SETTINGS, validateSettings, type MarketingSettings } from './settings';

/** The settings: the defaults (settings.ts), overridden by `MARKETING_*` environment variables, validated, frozen. */
export function readMarketingSettings(env: NodeJS.ProcessEnv = process.env, overrides: Partial<MarketingSettings> = {}): Readonly<MarketingSettings> {
  const d = DEFAULT_SETTINGS;
  const raw = readEnv(
    {
      MARKETING_PREVIEW_SAMPLE_SIZE: num({ default: d.previewSampleSize }),
      MARKETING_ATTRIBUTION_DAYS: num({ default: d.attributionDays }),
      MARKETING_BASE_TIER: str({ default: d.baseTier }),
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
      baseTier: raw.MARKETING_BASE_TIER,
      jobs: { ...d.jobs, campaignTimersEveryMs: raw.MARKETING_CAMPAIGN_TIMERS_EVERY_MS, segmentTimersEveryMs: raw.MARKETING_SEGMENT_TIMERS_EVERY_MS },
      ...overrides,
    }),
  );
}
