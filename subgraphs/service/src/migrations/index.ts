import { deadLetterMigration, erasedActorsMigration, jobRunsMigration, platformMigration } from '@member-graph/common/db';
import { ServiceInit } from './1763900004000-service-init';
import { ErasureLookups } from './1763900005000-erasure-lookups';
import { TrendIndexes } from './1763900017000-trend-indexes';
import { HistoryAppendOnly } from './1763900020000-history-append-only';
import { RoutingCare } from './1763900040500-routing-care';
import { FreeReturnVouchers } from './1763900040700-free-return-vouchers';
import { MergeRecords } from './1763900040202-merge-records';
import { FreeReturns } from './1763900040300-free-returns';

/** Every migration of schema "service", in order. Add new ones at the end. */
export const migrations = [
  platformMigration('service', 1763900000001),
  ServiceInit,
  ErasureLookups,
  TrendIndexes,
  HistoryAppendOnly,
  jobRunsMigration('service', 1763900027000),
  deadLetterMigration('service', 1763900028000),
  erasedActorsMigration('service', 1763900040200),
  MergeRecords,
  FreeReturns,
  RoutingCare,
  FreeReturnVouchers,
];

/** The audit table: the app role reads and appends to ticket history, never updates or deletes it (see HistoryAppendOnly). */
export const appendOnlyTables = ['ticket_history'];
