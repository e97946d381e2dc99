import { contextFactory, type SubgraphContext } from '@member-graph/common/server';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import { queryRows } from './deps';
import { FACTS_COLUMNS, type CustomerFacts } from './facts/facts.types';
import type { Services } from './services';

/** Fresh DataLoaders for one request: every reference and every list child goes through one. */
export function createLoaders(s: Services) {
  return {
    factsById: oneByKey<string, CustomerFacts>(async (ids) => {
      const valid = ids.filter(isUuid);
      return valid.length
        ? queryRows<CustomerFacts>(s.deps.dataSource, `select ${FACTS_COLUMNS} from marketing.customer_facts f where f.customer_id = any($1::uuid[])`, [valid])
        : [];
    }, (f) => f.customerId),
    couponsByCustomer: s.coupons.byCustomerLoader(),
    templateById: s.coupons.templateLoader(),
    membershipsByCustomer: s.segments.membershipsLoader(),
    segmentById: s.segments.byIdLoader(),
    segmentMemberCount: s.segments.memberCountLoader(),
    segmentMembers: s.segments.membersLoader(),
    recommendations: s.recommendations.loader(),
    variantsByCampaign: s.campaigns.variantsLoader(),
    reportByCampaign: s.attribution.reportLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The per-request context of the marketing subgraph. */
export type Context = SubgraphContext<Services, Loaders>;

export const createContextFactory = (services: Services) => contextFactory(services, () => createLoaders(services));
