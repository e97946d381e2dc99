import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '@member-graph/common/graphql';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';

/** One customer in a listing page. */
@ObjectType({ description: 'A customer in a page of the customers listing.' })
export class CustomerEdge {
  @Field(() => Customer, { description: 'The customer.' })
  node: CustomerEntity;

  @Field({ description: 'Opaque cursor of this customer; pass it as `after` to continue after it.' })
  cursor: string;
}

/** A page of customers (Relay connection); totalCount is a field resolver that counts only when asked. */
@ObjectType({ description: 'A page of customers, newest registration first (Relay connection).' })
export class CustomerConnection {
  @Field(() => [CustomerEdge], { description: 'The customers of this page with their cursors.' })
  edges: CustomerEdge[];

  @Field(() => [Customer], { description: 'The customers of this page.' })
  nodes: CustomerEntity[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo: PageInfo;

  /** Counts every customer matching the filter (not only this page); run only when selected. */
  countTotal: () => Promise<number>;
}
