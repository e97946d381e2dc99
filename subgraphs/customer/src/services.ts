import { DeadLetterStore } from '@member-graph/common/events';
import type { DataSource } from 'typeorm';
import type { Outbox } from '@member-graph/common/events';
import type { Clock } from '@member-graph/common/time';
import { CustomerService } from './customer/customer.service';
import { IdentityService } from './identity/identity.service';
import { MergeService } from './merge/merge.service';
import { UnmergeService } from './merge/unmerge.service';
import { OrderService } from './order/order.service';
import { RefundService } from './order/refund.service';
import { TagService } from './tag/tag.service';
import { ConsentService } from './consent/consent.service';
import { BehaviourService } from './behaviour/behaviour.service';
import { RfmService } from './rfm/rfm.service';
import { ListingService } from './listing/listing.service';
import { PiiRevealService } from './pii/pii-reveal.service';
import { ErasureService } from './erasure/erasure.service';
import { AccountDeletionService } from './deletion/deletion.service';
import type { CustomerSettings } from './config';
import { ValueService } from './value/value.service';
import { BulkImportService } from './import/bulk-import.service';
import { RepurchaseService } from './repurchase/repurchase.service';
import { DataExportService } from './export/data-export.service';
import { AuditService } from './audit/audit.service';

/** Everything a service may depend on. */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
  settings: Readonly<CustomerSettings>;
}

/** Wires the customer subgraph's services by hand (no DI library). Add new services here. */
export function createServices(deps: Deps) {
  const customers = new CustomerService(deps);
  const identities = new IdentityService(deps, customers);
  const orders = new OrderService(deps);
  const refunds = new RefundService(deps);
  const tags = new TagService(deps);
  const consents = new ConsentService(deps);
  const behaviour = new BehaviourService(deps);
  const rfm = new RfmService(deps);
  const listing = new ListingService(deps);
  const pii = new PiiRevealService(deps);
  const erasure = new ErasureService(deps);
  const deletions = new AccountDeletionService(deps, erasure);
  const value = new ValueService(deps.dataSource, deps.outbox, deps.clock);
  const repurchase = new RepurchaseService(deps);
  const merges = new MergeService(deps, [identities, orders, tags, consents, behaviour]);
  const unmerges = new UnmergeService(deps, [identities, orders, tags, consents, behaviour]);
  const imports = new BulkImportService(deps, identities, orders);
  const dataExports = new DataExportService(deps);
  const audit = new AuditService(deps);
  const deadLetters = new DeadLetterStore(deps.dataSource, 'customer');
  return { deadLetters, customers, identities, merges, unmerges, orders, refunds, tags, consents, behaviour, rfm, listing, pii, erasure, deletions, value, imports, repurchase, dataExports, audit };
}

export type Services = ReturnType<typeof createServices>;
