import type { DataSource } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { exportSection, type BoundedSection } from '@member-graph/common/graphql';
import { memberMergedInto, readLoyaltySection } from './data-export.repository';

/**
 * Loyalty's section of a person's data export: tier and tier history, the points ledger, growth,
 * badges, check-ins, engagements, birthday gifts and referrals; for the customer themself or an admin
 * (`exportSection` checks, bounds each list at the export cap).
 */
export class LoyaltyExportService {
  constructor(private readonly deps: { dataSource: DataSource }) {}

  section(actor: Actor | null, customerId: string): Promise<BoundedSection> {
    const db = this.deps.dataSource;
    return exportSection(actor, customerId, { actorMergedInto: (id) => memberMergedInto(db, id), read: (limit) => readLoyaltySection(db, customerId, limit) });
  }
}
