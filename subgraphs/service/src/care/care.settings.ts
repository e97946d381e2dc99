/**
 * Proactive care: `complaints` complaints about one SKU within `windowHours` form a cluster; the SKU's
 * buyers of the last `buyersDays` days get a care ticket; the job opens them every `everyMs`.
 */
export interface CareSettings {
  complaints: number;
  windowHours: number;
  buyersDays: number;
  everyMs: number;
}

export const DEFAULT_CARE: CareSettings = { complaints: 3, windowHours: 24, buyersDays: 30, everyMs: 60_000 };

/** Problems of the care settings (each a whole number in its range). */
export function careProblems(c: CareSettings): string[] {
  const problems: string[] = [];
  const int = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;
  if (!int(c.complaints, 2, 10_000)) problems.push('care.complaints (SERVICE_CARE_COMPLAINTS) must be a whole number 2–10000');
  if (!int(c.windowHours, 1, 24 * 90)) problems.push('care.windowHours (SERVICE_CARE_WINDOW_HOURS) must be a whole number 1–2160');
  if (!int(c.buyersDays, 1, 365)) problems.push('care.buyersDays (SERVICE_CARE_BUYERS_DAYS) must be a whole number 1–365');
  if (!int(c.everyMs, 1_000, 86_400_000)) problems.push('care.everyMs (SERVICE_CARE_EVERY_MS) must be a whole number 1000–86400000');
  return problems;
}
