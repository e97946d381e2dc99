import { DomainError } from '@member-graph/common/errors';

/** The domain errors of surveys, one factory per code. */

export const surveyAlreadyAnswered = (surveyId: string) =>
  new DomainError('SURVEY_ALREADY_ANSWERED', 'This survey was already answered; it can be answered once', { surveyId });
