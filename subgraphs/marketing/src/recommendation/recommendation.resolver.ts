import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { RecommendationService } from './recommendation.service';
import { ProductRecommendation } from './recommendation.type';

@Resolver()
export class RecommendationResolver {
  constructor(
    private readonly recommendations: RecommendationService,
  ) {}

  @Query(() => [ProductRecommendation], { description: 'Customers who bought this product also bought… (cosine similarity; not personal, so open to product pages).' })
  alsoBought(
    @Arg('sku', { description: 'The product.' }) sku: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many (1–100, default 10).' }) first?: number | null,
  ) {
    return this.recommendations.alsoBought(sku, first);
  }
}
