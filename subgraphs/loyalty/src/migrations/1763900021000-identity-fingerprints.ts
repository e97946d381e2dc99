import { sqlMigration } from '@member-graph/common/db';

/**
 * An event-fed projection of each customer's identity fingerprints (customer.registered and
 * customer.profile_updated carry them: keyed HMACs of phones and unionids, never the values), so a
 * referral between two accounts of one person is refused when it is linked. Deleted on erasure.
 */
export const IdentityFingerprints = sqlMigration('IdentityFingerprints', 1763900021000, [
  `create table loyalty.identity_fingerprints (
     customer_id uuid not null,
     fingerprint text not null,
     primary key (customer_id, fingerprint)
   )`,
  `create index identity_fingerprints_fingerprint on loyalty.identity_fingerprints (fingerprint)`,
]);
