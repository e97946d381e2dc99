export interface SurveySettings {
  /** A CSAT at or below this opens a recovery ticket. */
  recoveryCsatAtMost: number;
  /** An NPS at or below this (a detractor) opens a recovery ticket. */
  recoveryNpsAtMost: number;
}

export const DEFAULT_SURVEYS: SurveySettings = { recoveryCsatAtMost: 2, recoveryNpsAtMost: 6 };
