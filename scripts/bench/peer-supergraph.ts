import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTOR_HEADER, SECRET_HEADER } from '@member-graph/common/auth';

/** The committed supergraph with each subgraph's URL replaced by where the bench started it (`<NAME>_URL`). */
export function peerSupergraph(): string {
  const sdl = readFileSync(path.join(__dirname, '..', '..', 'gateway', 'supergraph.graphql'), 'utf8');
  return sdl.replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (_, name: string) => {
    const url = process.env[`${name.toUpperCase()}_URL`];
    if (!url) throw new Error(`${name.toUpperCase()}_URL is not set`);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
}

/** The only headers a subgraph needs: the shared gateway secret and the actor (as the client sent it to the peer). */
export function subgraphHeaders(actor: string | null | undefined): Record<string, string> {
  const secret = process.env.GATEWAY_SECRET;
  if (!secret) throw new Error('GATEWAY_SECRET is not set');
  return actor ? { [SECRET_HEADER]: secret, [ACTOR_HEADER]: actor } : { [SECRET_HEADER]: secret };
}

export const peerPort = () => Number(process.env.PEER_PORT);
export { ACTOR_HEADER };
