/** Engagement kinds that earn growth, each with a daily cap on rewarded events. */
export type EngagementKind = 'REVIEW' | 'SHARE';
export interface EngagementRule {
  growth: number;
  dailyCap: number;
}

export const DEFAULT_ENGAGEMENT: Record<EngagementKind, EngagementRule> = { REVIEW: { growth: 5, dailyCap: 3 }, SHARE: { growth: 2, dailyCap: 5 } };
