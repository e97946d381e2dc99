import type { DataSource } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { exportSection, type BoundedSection } from '@member-graph/common/graphql';
import { factsMergedInto, readServiceSection } from './data-export.repository';

/**
 * Service's section of a person's data export: tickets with their conversations, returns with lines and
 * progress, surveys; for the customer themself or an admin (`exportSection` checks, bounds each list).
 */
export class ServiceExportService {
  constructor(private readonly deps: { dataSource: DataSource }) {}

  section(actor: Actor | null, customerId: string): Promise<BoundedSection> {
    const db = this.deps.dataSource;
    return exportSection(actor, customerId, { actorMergedInto: (id) => factsMergedInto(db, id), read: (limit) => readServiceSection(db, customerId, limit) });
  }
}
