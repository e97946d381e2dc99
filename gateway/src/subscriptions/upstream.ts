import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import type { ExecutionResult } from 'graphql';
import { ACTOR_HEADER, SECRET_HEADER, encodeActor, type Actor } from '@member-graph/common/auth';
import { REQUEST_ID_HEADER } from '@member-graph/common/server';

/** http://host:port/graphql → ws://host:port/graphql */
export const toWsUrl = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

/**
 * Opens one subscription on a subgraph over graphql-ws, authenticated with the shared secret and
 * the caller's actor, carrying the client subscription's request id (the subgraph logs it). Returning the iterator completes the subscription and closes the socket, so
 * nothing stays open upstream once its last client left (shared-upstream.ts returns it then).
 */
export function openUpstream(options: {
  url: string;
  secret: string;
  actor: Actor | null;
  requestId?: string;
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}): AsyncIterableIterator<ExecutionResult> {
  const client = createClient({
    url: toWsUrl(options.url),
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: 0,
    connectionParams: {
      [SECRET_HEADER]: options.secret,
      ...(options.actor ? { [ACTOR_HEADER]: encodeActor(options.actor) } : {}),
      ...(options.requestId ? { [REQUEST_ID_HEADER]: options.requestId } : {}),
    },
  });
  const source = client.iterate({ query: options.query, operationName: options.operationName, variables: options.variables });
  const close = async () => {
    await source.return?.();
    await client.dispose();
  };
  return {
    async next() {
      try {
        const result = (await source.next()) as IteratorResult<ExecutionResult>;
        if (result.done) await client.dispose();
        return result;
      } catch (error) {
        await client.dispose();
        throw error;
      }
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
