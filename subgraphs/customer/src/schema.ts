import { buildFederatedSchema, PageInfo } from '@member-graph/common';
import { CustomerResolver } from './customer/customer.resolver';
import { customerReference } from './customer/customer.reference';
import { IdentityResolver } from './identity/identity.resolver';
import { MergeResolver } from './merge/merge.resolver';

/** The customer subgraph schema; needs no database (the schema script and the gateway tests build it). */
export const buildCustomerSchema = () =>
  buildFederatedSchema({
    resolvers: [CustomerResolver, IdentityResolver, MergeResolver],
    orphanedTypes: [PageInfo],
    references: { ...customerReference },
  });
