import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

export enum SatisfactionPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(SatisfactionPeriod, {
  name: 'SatisfactionPeriod',
  description: 'How the satisfaction report groups answers (Asia/Shanghai dates).',
  valuesConfig: {
    DAY: { description: 'Per day.' },
    WEEK: { description: 'Per ISO week (starting Monday).' },
    MONTH: { description: 'Per calendar month.' },
  },
});

@ObjectType({ description: 'A satisfaction survey offered after a ticket closed or a return was refunded; it can be answered once.' })
export class Survey {
  @Field(() => ID, { description: 'Survey id (answer it with answerSurvey).' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'The closed ticket it is about.' })
  ticketId: string | null;

  @Field(() => ID, { nullable: true, description: 'The refunded return it is about.' })
  returnId: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was offered.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was answered (null while open).' })
  answeredAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Customer satisfaction, 1–5.' })
  csat: number | null;

  @Field(() => Int, { nullable: true, description: 'Net promoter answer (likelihood to recommend), 0–10.' })
  nps: number | null;

  @Field(() => Int, { nullable: true, description: 'Customer effort, 1–7.' })
  ces: number | null;

  @Field(() => String, { nullable: true, description: 'The customer\'s comment.' })
  comment: string | null;

  @Field(() => ID, { nullable: true, description: 'The recovery ticket a low CSAT (≤ 2) or NPS (≤ 6) opened.' })
  recoveryTicketId: string | null;
}

@ObjectType({ description: 'Satisfaction in one period: CSAT, NPS and CES of the surveys answered in it.' })
export class SatisfactionStats {
  @Field(() => LocalDateResolver, { description: 'First day of the period (Asia/Shanghai).' })
  periodStart: string;

  @Field(() => Int, { description: 'Surveys answered in the period.' })
  responses: number;

  @Field(() => Float, { nullable: true, description: 'Average CSAT (1–5), two decimals.' })
  csatAverage: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of CSAT 4–5, in percent.' })
  csatSatisfiedPercent: number | null;

  @Field(() => Int, { nullable: true, description: 'Net promoter score: % promoters (9–10) minus % detractors (0–6), from −100 to 100.' })
  nps: number | null;

  @Field(() => Int, { description: 'Answers with NPS 9–10.' })
  promoters: number;

  @Field(() => Int, { description: 'Answers with NPS 7–8.' })
  passives: number;

  @Field(() => Int, { description: 'Answers with NPS 0–6.' })
  detractors: number;

  @Field(() => Float, { nullable: true, description: 'Average customer effort (1–7) of the answers that gave one.' })
  cesAverage: number | null;
}
