import { In, type DataSource } from 'typeorm';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import { SurveyEntity } from './survey.entity';

/** The survey loaders of one request: the survey of each ticket and of each return, one query per tick. */
export function surveyLoaders(ds: DataSource) {
  const repo = ds.getRepository(SurveyEntity);
  return {
    surveyByTicket: oneByKey<string, SurveyEntity>((ids) => {
      const valid = ids.filter(isUuid);
      return valid.length ? repo.findBy({ ticketId: In(valid) }) : Promise.resolve([]);
    }, (s) => s.ticketId!),
    surveyByReturn: oneByKey<string, SurveyEntity>((ids) => {
      const valid = ids.filter(isUuid);
      return valid.length ? repo.findBy({ returnId: In(valid) }) : Promise.resolve([]);
    }, (s) => s.returnId!),
  };
}
