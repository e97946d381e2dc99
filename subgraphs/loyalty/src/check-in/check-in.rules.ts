import type { StreakBonus } from './check-in.definitions';
import { previousDay } from '../calendar';

export interface LastCheckIn {
  day: string;
  streak: number;
}

/** The streak a check-in on `today` makes: one more than yesterday's, else a fresh start. */
export function nextStreak(last: LastCheckIn | null, today: string): number {
  if (last && last.day === previousDay(today)) return last.streak + 1;
  if (last && last.day === today) return last.streak;
  return 1;
}

/** The bonuses a streak reaches on this very day (7 and 30 by default). */
export const bonusesFor = (bonuses: readonly StreakBonus[], streak: number) => bonuses.filter((b) => b.streak === streak);

/** Whether the customer checked in today, and the streak still alive (today's or yesterday's, else 0). */
export function checkInStatus(last: LastCheckIn | null, today: string): { today: boolean; streak: number } {
  if (!last) return { today: false, streak: 0 };
  if (last.day === today) return { today: true, streak: last.streak };
  if (last.day === previousDay(today)) return { today: false, streak: last.streak };
  return { today: false, streak: 0 };
}
