import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ProductRecommendation } from './recommendation.type';

@Resolver()
export class RecommendationResolver {
  @Query(() => [ProductRecommendation], { description: 'Customers who bought this product also bought… (cosine similarity; not personal, so open to product pages).' })
  alsoBought(
    @Arg('sku', { description: 'The product.' }) sku: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many (1–100, default 10).' }) first?: number | null,
  ) {
    return ctx.services.recommendations.alsoBought(sku, first);
  }
}
