import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '@member-graph/common/graphql';
import { Order } from './order.type';

/** One order in a page, with its cursor. */
@ObjectType({ description: 'An order in a page of orders, with the cursor to continue after it.' })
export class OrderEdge {
  @Field({ description: 'Pass as `after` to continue after this order.' })
  cursor: string;

  @Field(() => Order, { description: 'The order.' })
  node: Order;
}

/** A page of a customer's orders, newest first (Relay connection). `totalCount` is resolved on demand. */
@ObjectType({ description: "A page of a customer's orders, newest paid first (Relay cursor connection)." })
export class OrderConnection {
  @Field(() => [OrderEdge], { description: 'The orders of this page with their cursors.' })
  edges: OrderEdge[];

  @Field(() => [Order], { description: 'The orders of this page (without cursors).' })
  nodes: Order[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo: PageInfo;

  /** Not exposed: whose orders these are (totalCount counts them through a loader). */
  customerId: string;
}
