import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { composeSupergraph } from '../schema/compose';

const root = path.join(__dirname, '..', '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

describe('committed schema artefacts are fresh (run `npm run schema` then `npm run codegen` when this fails)', () => {
  let composition: Awaited<ReturnType<typeof composeSupergraph>>;
  beforeAll(async () => {
    composition = await composeSupergraph();
  });

  test('gateway/supergraph.graphql matches the subgraphs', () => {
    expect(read('gateway/supergraph.graphql')).toBe(composition.supergraph);
  });

  test('gateway/schema.graphql (client-facing) matches the subgraphs', () => {
    expect(read('gateway/schema.graphql')).toBe(composition.apiSchema);
  });

  test('each subgraph schema.graphql matches its code', () => {
    for (const [name, sdl] of Object.entries(composition.subgraphs)) {
      expect([name, read(`subgraphs/${name}/schema.graphql`)]).toEqual([name, `${sdl.trim()}\n`]);
    }
  });

  test('the typed documents generated for the test operations and the app SDK (with its trusted-documents manifest) match the schema', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
    const cwd = process.cwd();
    process.chdir(root); // codegen.yml paths are relative to the repository root
    const outputs = await generate({ ...config, cwd: root }, false).finally(() => process.chdir(cwd));
    const files = outputs.map((output: { filename: string }) => path.relative(root, output.filename));
    expect(files).toEqual(expect.arrayContaining(['clients/app/src/gql/graphql.ts', 'clients/app/src/gql/persisted-documents.json']));
    for (const output of outputs) expect([output.filename, read(path.relative(root, output.filename))]).toEqual([output.filename, output.content]);
  });

  test('every type and field of the client-facing schema has a description', () => {
    const missing: string[] = [];
    let checked = 0;
    const sdl = composition.apiSchema.split('\n');
    sdl.forEach((line, i) => {
      const declaration = /^(type|input|enum|interface|union|scalar) \w+/.test(line) || /^  \w+(\(|:)/.test(line);
      const described = /"""\s*$/.test(sdl[i - 1] ?? '') || /^\s*""".*"""\s*$/.test(sdl[i - 1] ?? '');
      if (declaration) checked++;
      if (declaration && !described && !/^(type (Query|Mutation|Subscription)) /.test(line)) missing.push(line.trim());
    });
    expect(checked).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
