import { DAY_MS } from '@member-graph/common/time';

/**
 * The per-customer summary both models are fitted on (Fader, Hardie & Lee 2005, time in weeks):
 * `x` repeat purchase occasions (occasions after the first), `tx` weeks from the first occasion to the
 * last, `T` weeks from the first occasion to the end of calibration, `monetary` the mean value of the
 * repeat occasions (0 when x = 0). An occasion is one customer-day: several orders of one day are one.
 */
export interface CustomerSummary {
  x: number;
  tx: number;
  T: number;
  monetary: number;
}

/** One purchase: its calendar day (YYYY-MM-DD) and value. */
export interface Purchase {
  day: string;
  value: number;
}


const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/**
 * Summarises one customer's purchases up to and including `calibrationEnd` (YYYY-MM-DD): purchases of
 * one day are one occasion worth their sum; purchases after the end are ignored. Null when the
 * customer made no purchase by then. (The service computes the same in SQL; this is the reference.)
 */
export function summarise(purchases: readonly Purchase[], calibrationEnd: string): CustomerSummary | null {
  const end = dayNumber(calibrationEnd);
  const byDay = new Map<number, number>();
  for (const p of purchases) {
    const d = dayNumber(p.day);
    if (d <= end) byDay.set(d, (byDay.get(d) ?? 0) + p.value);
  }
  if (byDay.size === 0) return null;
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const first = days[0];
  const x = days.length - 1;
  const repeatValue = days.slice(1).reduce((sum, d) => sum + byDay.get(d)!, 0);
  return { x, tx: (days[x] - first) / 7, T: (end - first) / 7, monetary: x > 0 ? repeatValue / x : 0 };
}
