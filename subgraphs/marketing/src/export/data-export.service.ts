import type { DataSource } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { exportSection, type BoundedSection } from '@member-graph/common/graphql';
import { factsMergedInto, readMarketingSection } from './data-export.repository';

/**
 * Marketing's section of a person's data export: personalisation, coupons, segments, send log and A/B
 * assignments; for the customer themself or an admin (`exportSection` checks, bounds each list).
 */
export class MarketingExportService {
  constructor(private readonly deps: { dataSource: DataSource }) {}

  section(actor: Actor | null, customerId: string): Promise<BoundedSection> {
    const db = this.deps.dataSource;
    return exportSection(actor, customerId, { actorMergedInto: (id) => factsMergedInto(db, id), read: (limit) => readMarketingSection(db, customerId, limit) });
  }
}
