import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { ACTOR_HEADER, peerPort, peerSupergraph, subgraphHeaders } from './peer-supergraph';

/**
 * The bench's peer: Hive Gateway over the committed supergraph, in its own process. The auth headers
 * go through its header propagation (so they are part of each upstream request, and its in-flight
 * deduplication never merges two users' calls), not through a fetch hook.
 */
function main() {
  const gateway = createGatewayRuntime({
    supergraph: peerSupergraph(),
    logging: false,
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => subgraphHeaders(request.headers.get(ACTOR_HEADER)) },
  });
  const port = peerPort();
  createServer(gateway).listen(port, '127.0.0.1', () => console.log(`hive ready at http://127.0.0.1:${port}/graphql`));
}

main();
