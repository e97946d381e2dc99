import { badInput } from '@member-graph/common/errors';
import type { SurveySettings } from './survey.settings';

export interface SurveyAnswer {
  csat: number;
  nps: number;
  ces: number | null;
  comment: string | null;
}

const inRange = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;

/** Validates an answer (pure): CSAT 1–5, NPS 0–10, CES 1–7 (optional), a comment up to 2,000 characters. */
export function validateAnswer(input: { csat: number; nps: number; ces?: number | null; comment?: string | null }): SurveyAnswer {
  if (!inRange(input.csat, 1, 5)) throw badInput('csat must be a whole number from 1 to 5', { field: 'csat' });
  if (!inRange(input.nps, 0, 10)) throw badInput('nps must be a whole number from 0 to 10', { field: 'nps' });
  const ces = input.ces ?? null;
  if (ces !== null && !inRange(ces, 1, 7)) throw badInput('ces must be a whole number from 1 to 7', { field: 'ces' });
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 2000) throw badInput('comment must be at most 2000 characters', { field: 'comment' });
  return { csat: input.csat, nps: input.nps, ces, comment };
}

/** True when the answer opens a recovery ticket: CSAT at or below 2 or NPS at or below 6 (by default). */
export const needsRecovery = (s: { surveys: SurveySettings }, a: Pick<SurveyAnswer, 'csat' | 'nps'>) =>
  a.csat <= s.surveys.recoveryCsatAtMost || a.nps <= s.surveys.recoveryNpsAtMost;

/** NPS of a set of answers (pure): % promoters (9–10) minus % detractors (0–6), rounded; null without answers. */
export function netPromoterScore(promoters: number, detractors: number, total: number): number | null {
  return total > 0 ? Math.round(((promoters - detractors) * 100) / total) : null;
}
