/** The metrics badge rules look at; each is computed where the metric changes. */
export type BadgeMetric = 'orders' | 'checkInStreak' | 'reviews' | 'shares' | 'referrals';

/** A rule-defined achievement: earned once when `metric` reaches `threshold`. */
export interface BadgeDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  metric: BadgeMetric;
  threshold: number;
}

export const DEFAULT_BADGES: BadgeDefinition[] = [
  { code: 'FIRST_ORDER', nameZh: '首单达成', nameEn: 'First order', metric: 'orders', threshold: 1 },
  { code: 'TEN_ORDERS', nameZh: '十单达人', nameEn: '10 orders', metric: 'orders', threshold: 10 },
  { code: 'CHECK_IN_STREAK_7', nameZh: '连续签到7天', nameEn: '7-day check-in streak', metric: 'checkInStreak', threshold: 7 },
  { code: 'CHECK_IN_STREAK_30', nameZh: '连续签到30天', nameEn: '30-day check-in streak', metric: 'checkInStreak', threshold: 30 },
  { code: 'FIRST_REVIEW', nameZh: '首次评价', nameEn: 'First review', metric: 'reviews', threshold: 1 },
  { code: 'FIRST_SHARE', nameZh: '首次分享', nameEn: 'First share', metric: 'shares', threshold: 1 },
  { code: 'FIRST_REFERRAL', nameZh: '首次邀请', nameEn: 'First referral', metric: 'referrals', threshold: 1 },
];

/** What is wrong with a badge table (empty when it is valid). */
export function badgeTableProblems(badges: readonly BadgeDefinition[]): string[] {
  return new Set(badges.map((b) => b.code)).size !== badges.length ? ['badge codes must be unique'] : [];
}
