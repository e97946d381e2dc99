import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { SatisfactionPeriod } from './survey.type';

@InputType({ description: 'The answer to a satisfaction survey (once per survey).' })
export class AnswerSurveyInput {
  @Field(() => ID, { description: 'The survey (Ticket.survey or ReturnRequest.survey).' })
  surveyId: string;

  @Field(() => Int, { description: 'Customer satisfaction, 1–5 (≤ 2 opens a recovery ticket).' })
  csat: number;

  @Field(() => Int, { description: 'Likelihood to recommend, 0–10 (≤ 6 opens a recovery ticket).' })
  nps: number;

  @Field(() => Int, { nullable: true, description: 'Customer effort, 1–7.' })
  ces?: number | null;

  @Field(() => String, { nullable: true, description: 'A comment (up to 2,000 characters).' })
  comment?: string | null;
}

@InputType({ description: 'Which answers the satisfaction report covers and how it groups them.' })
export class SatisfactionReportInput {
  @Field(() => LocalDateResolver, { description: 'First day (Asia/Shanghai), inclusive.' })
  from: string;

  @Field(() => LocalDateResolver, { description: 'Last day (Asia/Shanghai), inclusive; at most 400 days after from.' })
  to: string;

  @Field(() => SatisfactionPeriod, { description: 'Per day, week or month.' })
  period: SatisfactionPeriod;
}
