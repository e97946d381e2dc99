import { buildFederatedSchema } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { CustomerResolver } from './customer/customer.resolver';
import { customerReference } from './customer/customer.reference';
import { IdentityResolver } from './identity/identity.resolver';
import { MergeResolver } from './merge/merge.resolver';
import { CustomerOrdersResolver, OrderConnectionResolver } from './order/customer-orders.resolver';
import { OrderResolver } from './order/order.resolver';
import { RefundResolver } from './order/refund.resolver';
import { TagResolver } from './tag/tag.resolver';
import { ConsentResolver } from './consent/consent.resolver';
import { BehaviourResolver } from './behaviour/behaviour.resolver';
import { RfmResolver } from './rfm/rfm.resolver';
import { ListingResolver } from './listing/listing.resolver';
import { PiiResolver } from './pii/pii.resolver';
import { ErasureResolver } from './erasure/erasure.resolver';
import { ValueResolver } from './value/value.resolver';
import { CustomerValueResolver } from './value/customer-value.resolver';

/** The customer subgraph schema; needs no database (the schema script and the gateway tests build it). */
export const buildCustomerSchema = () =>
  buildFederatedSchema({
    resolvers: [CustomerResolver, IdentityResolver, MergeResolver, OrderResolver, RefundResolver, CustomerOrdersResolver, OrderConnectionResolver, TagResolver, ConsentResolver, BehaviourResolver, RfmResolver, ListingResolver, PiiResolver, ErasureResolver, ValueResolver, CustomerValueResolver],
    orphanedTypes: [PageInfo],
    references: { ...customerReference },
  });
