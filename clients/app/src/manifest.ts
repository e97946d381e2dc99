import manifest from './gql/persisted-documents.json';

/** The trusted-documents manifest (hash → document) the gateway enforces for customers when TRUSTED_DOCUMENTS is on. */
export const trustedDocuments: Readonly<Record<string, string>> = Object.freeze({ ...manifest });
