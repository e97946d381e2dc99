import manifest from './gql/persisted-documents.json';

/** The trusted-documents manifest (hash → document) the gateway holds staff to when TRUSTED_DOCUMENTS is on and TRUSTED_DOCUMENTS_STAFF=manifest. */
export const trustedDocuments: Readonly<Record<string, string>> = Object.freeze({ ...manifest });
