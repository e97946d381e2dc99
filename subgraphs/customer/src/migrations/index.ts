import { deadLetterMigration, erasedActorsMigration, jobRunsMigration, platformMigration } from '@member-graph/common/db';
import { CustomerInit } from './1763900001000-customer-init';
import { Orders } from './1763900002000-orders';
import { ProfileFacts } from './1763900003000-profile-facts';
import { PiiReveals } from './1763900004000-pii-reveals';
import { Erasures } from './1763900005000-erasures';
import { BehaviourClientIds } from './1763900006000-behaviour-client-ids';
import { ValueModels } from './1763900014000-value-models';
import { AuditAppendOnly } from './1763900020000-audit-append-only';
import { FingerprintKey } from './1763900021000-fingerprint-key';
import { TagKeys } from './1763900022000-tag-keys';
import { ProfileChanges } from './1763900025000-profile-changes';
import { LifecycleTransitions } from './1763900026000-lifecycle-transitions';
import { IdentityUnlinks } from './1763900029000-identity-unlinks';
import { DataExports } from './1763900040100-data-exports';
import { DeletionRequests } from './1763900040201-deletion-requests';
import { Unmerges } from './1763900040202-unmerges';

/** Every migration of schema "customer", in order. Add new ones at the end. */
export const migrations = [
  platformMigration('customer', 1763900000001),
  CustomerInit,
  Orders,
  ProfileFacts,
  PiiReveals,
  Erasures,
  BehaviourClientIds,
  ValueModels,
  AuditAppendOnly,
  FingerprintKey,
  TagKeys,
  ProfileChanges,
  LifecycleTransitions,
  jobRunsMigration('customer', 1763900027000),
  deadLetterMigration('customer', 1763900028000),
  IdentityUnlinks,
  DataExports,
  erasedActorsMigration('customer', 1763900040200),
  DeletionRequests,
  Unmerges,
];

/** The audit tables: the app role reads and appends, never updates or deletes (see AuditAppendOnly). */
export const appendOnlyTables = ['pii_reveals', 'erasures', 'merges', 'consent_history', 'profile_changes', 'lifecycle_transitions', 'identity_unlinks', 'data_exports', 'unmerges'];
