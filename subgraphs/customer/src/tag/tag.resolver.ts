import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { listBound } from '@member-graph/common/graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import { Tag } from './tag.type';
import { TagInput } from './tag.inputs';
import type { TagSource, TagType } from './tag.enums';
import type { TagService } from './tag.service';

@Resolver(() => Customer)
export class TagResolver {
  constructor(private readonly tagService: TagService) {}

  @Mutation(() => Customer, {
    description: 'Put tags on a customer, or update type, source and expiry of tags they have (agents, marketers, admins, integrations). Emits customer.tags_changed when the effective tags change.',
  })
  addTags(
    @Arg('customerId', () => ID, { description: 'The customer to tag.' }) customerId: string,
    @Arg('tags', () => [TagInput], { description: 'The tags to add (1–50).' }) tags: TagInput[],
    @Ctx() ctx: Context,
  ) {
    return this.tagService.add(ctx.actor, customerId, tags);
  }

  @Mutation(() => Customer, {
    description: 'Remove tags from a customer by name, in any width or case; names they do not have are ignored (agents, marketers, admins, integrations).',
  })
  removeTags(
    @Arg('customerId', () => ID, { description: 'The customer to untag.' }) customerId: string,
    @Arg('names', () => [String], { description: 'Tag names to remove (1–50).' }) names: string[],
    @Ctx() ctx: Context,
  ) {
    return this.tagService.remove(ctx.actor, customerId, names);
  }

  @FieldResolver(() => [Tag], { description: 'The tags of this customer that have not expired, by name, at most `first`.' })
  async tags(
    @Root() c: CustomerEntity,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many, by name (1–100, default 100).' }) first?: number | null,
  ): Promise<Tag[]> {
    const limit = listBound(first);
    const rows = (await ctx.loaders.tagsByCustomer.load(c.id)).slice(0, limit);
    return rows.map((r) => ({ name: r.name, type: r.type as TagType, source: r.source as TagSource, expiresAt: r.expiresAt, taggedAt: r.createdAt }));
  }
}
