import { DomainError } from '@member-graph/common/errors';

/** The domain errors of campaigns, one factory per code. */

export const campaignNotDraft = (status: string) => new DomainError('CAMPAIGN_STATE', `The campaign is ${status}`, { status });
