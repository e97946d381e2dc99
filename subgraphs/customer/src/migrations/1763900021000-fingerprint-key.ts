import { sqlMigration } from '@member-graph/common/db';

/**
 * The key of the identity fingerprints (keyed HMACs of phones and unionids that other domains compare,
 * see `fingerprintsOf`): random, made once per database, never leaves the customer subgraph.
 */
export const FingerprintKey = sqlMigration('FingerprintKey', 1763900021000, [
  `create table customer.fingerprint_key (
     one boolean primary key default true check (one),
     key text not null
   )`,
  `insert into customer.fingerprint_key (key) values (md5(gen_random_uuid()::text || clock_timestamp()::text) || md5(gen_random_uuid()::text))`,
]);
