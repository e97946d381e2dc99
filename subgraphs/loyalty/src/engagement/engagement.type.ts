import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Length } from 'class-validator';

export enum EngagementKind {
  REVIEW = 'REVIEW',
  SHARE = 'SHARE',
}
registerEnumType(EngagementKind, { name: 'EngagementKind', description: 'Engagement that earns growth value: a product review or a share.' });

@InputType({ description: 'A product review or share to reward with growth value (each counted once, within a daily cap).' })
export class RecordEngagementInput {
  @Field(() => ID, { nullable: true, description: 'The customer; customers may leave it out (themself).' })
  customerId?: string | null;

  @Field(() => EngagementKind, { description: 'What the customer did.' })
  kind: EngagementKind;

  @Field({ description: 'The review or share id in the source system (1–128 characters); the same id counts once.' })
  @Length(1, 128)
  sourceId: string;
}

@ObjectType({ description: 'What recording an engagement gave.' })
export class EngagementResult {
  @Field({ description: 'False when this review or share was recorded before (nothing changed).' })
  recorded: boolean;

  @Field(() => Int, { description: 'Growth value granted.' })
  growth: number;

  @Field({ description: 'True when the daily cap for this kind was already reached (recorded, no growth).' })
  capped: boolean;
}
