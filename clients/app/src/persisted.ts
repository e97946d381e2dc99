import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** The body of a trusted-document request: the operation by its manifest hash, without its text. */
export interface PersistedRequest<V> {
  /** The manifest key (GraphQL over HTTP "persisted documents" form). */
  documentId: string;
  variables: V;
  operationName?: string;
  /** The same hash in Apollo's persisted-query form, for clients that only speak that. */
  extensions: { persistedQuery: { version: 1; sha256Hash: string } };
}

/** The manifest hash codegen embedded in an SDK document (sha256 of its normalised text). */
export function documentHash(document: TypedDocumentNode<unknown, unknown>): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('Not an SDK document: it carries no manifest hash (run npm run codegen)');
  return hash;
}

/** The JSON body that runs an SDK operation by hash (over HTTP POST, or as a graphql-ws subscribe payload with `query: ''`). */
export function persistedRequest<R, V>(document: TypedDocumentNode<R, V>, variables: V): PersistedRequest<V> {
  const sha256Hash = documentHash(document as TypedDocumentNode<unknown, unknown>);
  return { documentId: sha256Hash, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } };
}
