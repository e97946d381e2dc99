import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { SurveyService } from './survey.service';
import { AnswerSurveyInput, SatisfactionReportInput } from './survey.inputs';
import { SatisfactionStats, Survey } from './survey.type';

@Resolver(() => Survey)
export class SurveyResolver {
  constructor(
    private readonly surveys: SurveyService,
  ) {}

  @Mutation(() => Survey, { description: 'Answer a satisfaction survey, once (the customer it was offered to). A CSAT ≤ 2 or NPS ≤ 6 opens a recovery ticket. Emits survey.answered.' })
  answerSurvey(@Arg('input', { description: 'The answer.' }) input: AnswerSurveyInput, @Ctx() ctx: Context) {
    return this.surveys.answer(ctx.actor, input);
  }

  @Query(() => [SatisfactionStats], {
    description: 'CSAT, NPS and CES per day, week or month (staff); periods without answers are left out.',
    deprecationReason: 'Use satisfactionTrend(from, to, period): the same figures in the arguments of the other trends, every period listed.',
  })
  satisfactionReport(@Arg('input', { description: 'The range and grouping.' }) input: SatisfactionReportInput, @Ctx() ctx: Context) {
    return this.surveys.report(ctx.actor, input);
  }
}
