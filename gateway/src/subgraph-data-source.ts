import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ACTOR_HEADER, SECRET_HEADER, encodeActor } from '@member-graph/common/auth';
import type { GatewayContext } from './auth';

/**
 * Calls a subgraph with the shared secret and the verified actor. Headers are built from scratch,
 * so nothing a client sent (least of all an actor header) reaches a subgraph.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers) return;
    headers.delete(ACTOR_HEADER);
    headers.set(SECRET_HEADER, this.secret);
    if ('actor' in context && context.actor) headers.set(ACTOR_HEADER, encodeActor(context.actor));
  }

  /**
   * A subgraph answering non-2xx: relay the subgraph's own coded error (e.g. BAD_USER_INPUT for a
   * malformed Money or DateTimeISO variable, which the gateway cannot check) without its URL or
   * body; anything else is an internal error (a 401 here means the gateway secret is misconfigured).
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body = (await this.parseBody(response).catch(() => null)) as { errors?: { message?: string; extensions?: { code?: unknown } }[] } | null;
    const first = body?.errors?.[0];
    if (response.status === 400 && typeof first?.extensions?.code === 'string' && first.message) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    }
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
