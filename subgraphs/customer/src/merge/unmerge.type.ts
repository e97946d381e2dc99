import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';

/** Which merge to undo, and why. */
@InputType({ description: 'The merge to undo: `mergeId`, or `survivorId` and `mergedId` (the latest merge of the pair); never both.' })
export class UnmergeCustomerInput {
  @Field(() => ID, { nullable: true, description: 'The merge (customer.merges id).' })
  @IsOptional()
  mergeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The customer that remained.' })
  @IsOptional()
  survivorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The customer that was folded in and comes back.' })
  @IsOptional()
  mergedId?: string | null;

  @Field(() => String, { description: 'Why (kept in the audit record); 1–500 characters, no personal data.' })
  @Length(1, 500)
  reason: string;
}

@ObjectType({ description: 'How many rows of one kind went back to the restored customer.' })
export class UnmergeRestored {
  @Field(() => String, { description: 'What: identities, orders, behaviour or tags.' })
  kind: string;

  @Field(() => Int, { description: 'How many.' })
  count: number;
}

@ObjectType({ description: 'An undone merge (audited in customer.unmerges).' })
export class CustomerUnmerge {
  @Field(() => ID, { description: 'The unmerge record.' })
  id: string;

  @Field(() => ID, { description: 'The merge it undid.' })
  mergeId: string;

  @Field(() => ID, { description: 'The customer that remained in the merge.' })
  survivorId: string;

  @Field(() => ID, { description: 'The customer that is active again.' })
  restoredId: string;

  @Field(() => [UnmergeRestored], { description: 'What went back to the restored customer in this subgraph (other domains follow through customer.unmerged).' })
  restored: UnmergeRestored[];

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;
}
