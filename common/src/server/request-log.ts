import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { log } from '../log';

/**
 * One debug line per GraphQL operation served over HTTP: its type, outcome, error codes and duration,
 * with the request id (from the request's async context). Never the query text, the operation name
 * (client-chosen) or the variables.
 */
export function requestLogPlugin(part: string): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(ctx) {
          const codes = [...new Set((ctx.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const ms = Math.round(performance.now() - started);
          log(part).debug({ operation: ctx.operation?.operation ?? 'invalid', outcome: codes.length ? 'error' : 'ok', codes, ms }, 'graphql operation served');
        },
      };
    },
  };
}
