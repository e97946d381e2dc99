import { ResolverContainer, type ReferenceResolvers } from '@member-graph/common/federation';
import { BehaviourResolver } from './behaviour/behaviour.resolver';
import { ConsentResolver } from './consent/consent.resolver';
import { customerReference } from './customer/customer.reference';
import { CustomerResolver } from './customer/customer.resolver';
import { ErasureResolver } from './erasure/erasure.resolver';
import { DeletionResolver } from './deletion/deletion.resolver';
import { IdentityResolver } from './identity/identity.resolver';
import { ListingResolver } from './listing/listing.resolver';
import { MergeResolver } from './merge/merge.resolver';
import { UnmergeResolver } from './merge/unmerge.resolver';
import { CustomerOrdersResolver, OrderConnectionResolver } from './order/customer-orders.resolver';
import { OrderResolver } from './order/order.resolver';
import { RefundResolver } from './order/refund.resolver';
import { PiiResolver } from './pii/pii.resolver';
import { RepurchaseResolver } from './repurchase/repurchase.resolver';
import { RfmResolver } from './rfm/rfm.resolver';
import type { Services } from './services';
import { TagResolver } from './tag/tag.resolver';
import { CustomerValueResolver } from './value/customer-value.resolver';
import { ValueResolver } from './value/value.resolver';
import { parkedEventResolver } from '@member-graph/common/events';
import { DataExportResolver } from './export/data-export.resolver';
import { AuditResolver } from './audit/audit.resolver';

/** The admin API of the customer subgraph's dead letters (`customerParkedEvents`, `replayCustomerParkedEvent`). */
export const CustomerParkedEventResolver = parkedEventResolver('customer');

/** Every resolver class of the schema (the schema needs the classes only; a running subgraph needs their instances). */
export const RESOLVER_CLASSES: [Function, ...Function[]] = [
  CustomerResolver,
  IdentityResolver,
  MergeResolver,
  UnmergeResolver,
  OrderResolver,
  RefundResolver,
  CustomerOrdersResolver,
  OrderConnectionResolver,
  TagResolver,
  ConsentResolver,
  BehaviourResolver,
  RfmResolver,
  ListingResolver,
  PiiResolver,
  ErasureResolver,
  DeletionResolver,
  ValueResolver,
  CustomerValueResolver,
  CustomerParkedEventResolver,
  RepurchaseResolver,
  DataExportResolver,
  AuditResolver,
];

/** What a running subgraph adds to the schema: one instance per resolver class (type-graphql's container) and the entity references. */
export interface ResolverWiring {
  container: ResolverContainer;
  references: ReferenceResolvers;
}

/** Builds each resolver with only the services it uses: no resolver reaches a service it is not given. */
export function wireResolvers(s: Services): ResolverWiring {
  const instances = [
    new CustomerResolver(s.customers),
    new IdentityResolver(s.identities),
    new MergeResolver(s.merges),
    new UnmergeResolver(s.unmerges),
    new OrderResolver(s.orders, s.customers),
    new RefundResolver(s.refunds),
    new CustomerOrdersResolver(s.orders),
    new OrderConnectionResolver(),
    new TagResolver(s.tags),
    new ConsentResolver(s.consents),
    new BehaviourResolver(s.behaviour),
    new RfmResolver(s.rfm),
    new ListingResolver(s.listing),
    new PiiResolver(s.pii),
    new ErasureResolver(s.erasure),
    new DeletionResolver(s.deletions),
    new ValueResolver(s.value),
    new CustomerValueResolver(),
    new CustomerParkedEventResolver(s.deadLetters),
    new RepurchaseResolver(s.repurchase),
    new DataExportResolver(s.dataExports),
    new AuditResolver(s.audit),
  ];
  return { container: new ResolverContainer(instances), references: { ...customerReference(s.customers) } };
}
