import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import type { ValueModelRecord } from './value.records';

/** A fitted customer-value model (BG/NBD for purchases, Gamma-Gamma for spend). */
@ObjectType({ description: 'A fitted customer-value model: BG/NBD (Fader, Hardie & Lee 2005) for repeat purchases and Gamma-Gamma for spend, on purchase occasions (one per customer per Asia/Shanghai day), time in weeks, money in CNY.' })
export class ValueModel implements Omit<ValueModelRecord, 'id' | 'spendCustomers'> {
  @Field(() => Float, { description: 'BG/NBD r: shape of the gamma distribution of purchase rates.' })
  r: number;

  @Field(() => Float, { description: 'BG/NBD alpha: scale (in weeks) of the gamma distribution of purchase rates.' })
  alpha: number;

  @Field(() => Float, { description: 'BG/NBD a: first shape of the beta distribution of the dropout probability after a purchase.' })
  a: number;

  @Field(() => Float, { description: 'BG/NBD b: second shape of the beta distribution of the dropout probability after a purchase.' })
  b: number;

  @Field(() => Float, { nullable: true, description: 'Gamma-Gamma p: shape of a transaction value; null when no customer had a repeat purchase.' })
  p: number | null;

  @Field(() => Float, { nullable: true, description: 'Gamma-Gamma q: shape of the distribution of customers\' spend scale; null when no customer had a repeat purchase.' })
  q: number | null;

  @Field(() => Float, { nullable: true, description: 'Gamma-Gamma v (CNY): scale of the distribution of customers\' spend scale; null when no customer had a repeat purchase.' })
  v: number | null;

  @Field(() => DateTimeISOResolver, { description: 'When the model was fitted.' })
  fittedAt: Date;

  @Field(() => Int, { description: 'Customers the purchase model was fitted on (those with a purchase by the calibration end).' })
  customers: number;

  @Field(() => LocalDateResolver, { description: 'The last Asia/Shanghai day of the order history the model was fitted on; predictions start from it.' })
  calibrationEnd: string;

  @Field(() => Float, { description: 'The maximised log-likelihood of the purchase model.' })
  logLikelihood: number;
}

/** A customer's value figures under the current model. */
@ObjectType({ description: 'A customer\'s predicted value under the current model, from their purchase occasions up to the model\'s calibration end (predictions start from that day).' })
export class CustomerValue {
  @Field(() => Float, { description: 'Probability the customer is still active (BG/NBD P(alive)); 1 for a customer with a single purchase, as the model assumes.' })
  pAlive: number;

  @Field(() => Float, { description: '1 − pAlive: probability the customer has stopped buying.' })
  churnProbability: number;

  @Field(() => ValueModel, { description: 'The model these figures come from.' })
  model: ValueModel;
}
