import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { requireActor, requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { forbidden, notFound } from '@member-graph/common/errors';
import { boundExportLists, EXPORT_FORMAT_VERSION, EXPORT_LIST_CAP } from '@member-graph/common/graphql';
import type { Clock } from '@member-graph/common/time';
import type { CustomerEntity } from '../customer/customer.entity';
import { recordPiiReveals } from '../pii/pii.repository';
import { PiiField } from '../pii/pii.type';
import { readCustomerSection, recordDataExport } from './data-export.repository';
import type { DataExport } from './data-export.type';
import { exportLimitReached, SELF_EXPORTS_PER_HOUR } from './data-export.errors';

type CustomerLoader = DataLoader<string, (CustomerEntity & { requestedId: string }) | null>;

/**
 * A person's data export (PIPL Art. 45), the customer subgraph's part: who may ask, the audit, and the
 * customer section. The signed-in customer exports themself (`myDataExport`); an admin exports anyone on
 * their request (`customerDataExport`), and sees it as an admin sees PII anywhere: unmasked, each field
 * recorded as a PII reveal. Every export is recorded (whose, who, when) in the transaction that reads the
 * section: no audit row, no export. The other sections are the other subgraphs' (through the key).
 */
export class DataExportService {
  constructor(private readonly deps: { dataSource: DataSource; clock: Clock }) {}

  /** The signed-in customer's export (customer tokens only: staff use customerDataExport). */
  async mine(actor: Actor | null, loader: CustomerLoader): Promise<DataExport> {
    const a = requireActor(actor);
    if (a.role !== 'customer') throw forbidden('`myDataExport` is for customer tokens; admins use customerDataExport(customerId)');
    return this.export(a, a.id, loader);
  }

  /** An admin's export of one customer, on that person's request (a merged id answers its survivor). */
  async forCustomer(actor: Actor | null, customerId: string, loader: CustomerLoader): Promise<DataExport> {
    return this.export(requireRole(actor, 'admin'), customerId, loader);
  }

  private async export(actor: Actor, requestedId: string, loader: CustomerLoader): Promise<DataExport> {
    const found = await loader.load(requestedId);
    if (!found || found.status !== 'ACTIVE') throw notFound('Customer', requestedId);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const at = this.deps.clock.now();
      // a customer's own exports are bounded (each reads all of their data in four subgraphs); an admin acts on requests
      const recorded = await recordDataExport(tx, found.id, actor, at, actor.role === 'customer' ? SELF_EXPORTS_PER_HOUR : null);
      if (!recorded) throw exportLimitReached();
      if (actor.role === 'admin') await recordPiiReveals(tx, [[found.id, PiiField.PHONE], [found.id, PiiField.EMAIL]], actor, at);
      const customer = boundExportLists(await readCustomerSection(tx, found.id, EXPORT_LIST_CAP + 1));
      return { customerId: found.id, generatedAt: at, formatVersion: EXPORT_FORMAT_VERSION, customer };
    });
  }
}
