import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum RecommendationReason {
  ALSO_BOUGHT = 'ALSO_BOUGHT',
  POPULAR = 'POPULAR',
}
registerEnumType(RecommendationReason, {
  name: 'RecommendationReason',
  description: 'Why an item is recommended.',
  valuesConfig: {
    ALSO_BOUGHT: { description: 'Customers who bought what this customer (or this product page) bought also bought it (cosine similarity).' },
    POPULAR: { description: 'Bought by many customers (not personalised).' },
  },
});

@ObjectType({ description: 'A recommended product.' })
export class ProductRecommendation {
  @Field({ description: 'The stock-keeping unit.' })
  sku: string;

  @Field(() => String, { nullable: true, description: 'Its category, as the latest order named it.' })
  category: string | null;

  @Field(() => Float, { description: 'ALSO_BOUGHT: summed cosine similarity (0–1 per item bought); POPULAR: customers who bought it.' })
  score: number;

  @Field(() => RecommendationReason, { description: 'Why it is recommended.' })
  reason: RecommendationReason;
}
