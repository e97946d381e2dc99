import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ACTOR_HEADER, SECRET_HEADER, encodeActor } from '@member-graph/common';
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
}
