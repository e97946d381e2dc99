import { addDays } from '../calendar';

/** Tier thresholds look at growth whose effective time lies after this and up to `now`. */
export const growthWindowStart = (now: Date, windowDays: number) => addDays(now, -windowDays);
