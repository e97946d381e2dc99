import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { ACTOR_HEADER, SECRET_HEADER, encodeActor, type Actor } from '../auth';

/** A GraphQL answer as the client sees it, plus the HTTP status. */
export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Posts an operation to a real server over HTTP (no in-process shortcuts): `document` may be a
 * codegen typed document or a plain query string.
 */
export async function graphql<TData = any, TVars = Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVars> | DocumentNode | string,
  variables?: TVars,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<TData>> {
  const query = typeof document === 'string' ? document : print(document);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** The data of a response that must have succeeded; throws with the errors otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors (HTTP ${response.status}): ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}

/** The `extensions.code` of each error, in order. */
export const errorCodes = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((e) => e.extensions?.code);

/**
 * Calls a subgraph directly, as the gateway would: with the shared secret and an actor header.
 * For `_entities` and loader tests that must bypass the gateway's query planning.
 */
export async function subgraphGraphql<TData = any>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: { secret: string; actor: Actor | null },
): Promise<GraphQLResponse<TData>> {
  return graphql<TData>(url, query, variables, {
    headers: { [SECRET_HEADER]: options.secret, ...(options.actor ? { [ACTOR_HEADER]: encodeActor(options.actor) } : {}) },
  });
}
