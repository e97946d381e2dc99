/** A bonus granted when a check-in streak reaches exactly `streak` days. */
export interface StreakBonus {
  streak: number;
  growth: number;
  points: number;
}

/** What a daily check-in earns, and the streak bonuses. */
export interface CheckInRewards {
  growth: number;
  points: number;
  streakBonuses: StreakBonus[];
}

export const DEFAULT_CHECK_IN: CheckInRewards = {
  growth: 1,
  points: 0,
  streakBonuses: [
    { streak: 7, growth: 10, points: 20 },
    { streak: 30, growth: 50, points: 100 },
  ],
};
