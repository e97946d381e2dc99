import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from './schema/compose';

/** `npm run schema`: writes each subgraph's schema.graphql, gateway/supergraph.graphql and gateway/schema.graphql. */
async function main() {
  const root = path.join(__dirname, '..');
  const composition = await composeSupergraph();
  for (const [name, sdl] of Object.entries(composition.subgraphs)) {
    writeFileSync(path.join(root, 'subgraphs', name, 'schema.graphql'), `${sdl.trim()}\n`);
  }
  writeFileSync(path.join(root, 'gateway', 'supergraph.graphql'), composition.supergraph);
  writeFileSync(path.join(root, 'gateway', 'schema.graphql'), composition.apiSchema);
  console.log(`composed ${Object.keys(composition.subgraphs).join(', ')} into gateway/supergraph.graphql and gateway/schema.graphql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
