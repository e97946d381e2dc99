import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@ObjectType({ description: 'Daily check-in state (days are Asia/Shanghai days).' })
export class CheckInStatus {
  @Field({ description: 'True when the customer checked in today.' })
  today: boolean;

  @Field(() => Int, { description: 'Consecutive days up to today (or yesterday, while today is still open); 0 when broken.' })
  streak: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day checked in.' })
  lastDay: string | null;
}

@ObjectType({ description: 'What a check-in gave. Checking in again on the same day gives nothing more.' })
export class CheckInResult {
  @Field({ description: 'True when this call checked in; false when today was already checked in.' })
  checkedIn: boolean;

  @Field(() => LocalDateResolver, { description: 'The Asia/Shanghai day.' })
  day: string;

  @Field(() => Int, { description: 'The streak after this check-in.' })
  streak: number;

  @Field(() => Int, { description: 'Growth value granted by this call (including a streak bonus).' })
  growth: number;

  @Field(() => Int, { description: 'Points granted by this call (including a streak bonus).' })
  points: number;

  @Field(() => Int, { nullable: true, description: 'The streak milestone whose bonus this check-in reached (7, 30), if any.' })
  bonusStreak: number | null;
}
