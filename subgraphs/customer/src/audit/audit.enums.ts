import { registerEnumType } from 'type-graphql';

/** What an audit entry records; each kind is one append-only table of the customer subgraph. */
export enum AuditKind {
  MERGE = 'MERGE',
  ERASURE = 'ERASURE',
  DATA_EXPORT = 'DATA_EXPORT',
  PII_REVEAL = 'PII_REVEAL',
  CONSENT_CHANGE = 'CONSENT_CHANGE',
  PROFILE_CHANGE = 'PROFILE_CHANGE',
  IDENTITY_UNLINK = 'IDENTITY_UNLINK',
  UNMERGE = 'UNMERGE',
}
registerEnumType(AuditKind, {
  name: 'AuditKind',
  description:
    "What an audit entry records: MERGE (two customers merged), ERASURE (a customer's personal data erased), DATA_EXPORT (a data export made), PII_REVEAL (phone or email shown unmasked to staff), CONSENT_CHANGE (a consent granted or withdrawn), PROFILE_CHANGE (an audited profile field changed), IDENTITY_UNLINK (an identity taken off a customer), UNMERGE (a wrong merge undone: the merged customer restored). Points adjustments are the loyalty subgraph's: `pointsAdjustmentAudit`.",
});
