import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ACTOR_HEADER, peerPort, peerSupergraph, subgraphHeaders } from './peer-supergraph';

type Context = { actor: string | undefined };

/** Stock RemoteGraphQLDataSource, adding only the headers the subgraphs need. */
class Forwarding extends RemoteGraphQLDataSource<Context> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>) {
    const headers = subgraphHeaders('actor' in context ? context.actor : undefined);
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }
}

/** The bench's peer: a stock @apollo/gateway (defaults) over the committed supergraph, in its own process. */
async function main() {
  const gateway = new ApolloGateway({ supergraphSdl: peerSupergraph(), buildService: ({ url }) => new Forwarding({ url }) });
  const server = new ApolloServer<Context>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: peerPort(), host: '127.0.0.1' },
    context: async ({ req }) => ({ actor: req.headers[ACTOR_HEADER] as string | undefined }),
  });
  console.log(`apollo ready at ${url}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
