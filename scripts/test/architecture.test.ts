import { readManifests, readSources } from '../architecture/repository';
import { checkArchitecture, FEDERATION_ADAPTER, importsOf, type Manifest, type SourceFile } from '../architecture/rules';

/** docs/architecture.md "Rules", enforced over every import of every file of the repository. */
const format = (v: { file: string; specifier: string; rule: string }) => `${v.file}: import '${v.specifier}': ${v.rule}`;

test('the repository keeps every import rule and every package declares what it imports', () => {
  const files = readSources();
  expect(files.length).toBeGreaterThan(300);
  expect(files.some((f) => f.path === FEDERATION_ADAPTER)).toBe(true);
  expect(checkArchitecture(files, readManifests()).map(format)).toEqual([]);
});

describe('the checker catches each kind of violation (so the repository check cannot pass vacuously)', () => {
  const manifests: Record<string, Manifest> = {
    '': { name: 'member-graph', dependencies: { typeorm: '0.3.28' } },
    common: { name: '@member-graph/common', dependencies: { typeorm: '0.3.28' } },
    gateway: { name: '@member-graph/gateway', dependencies: { '@member-graph/common': '0.1.0', '@apollo/gateway': '2.14.4', '@apollo/query-planner': '2.14.4' }, devDependencies: { pg: '8.16.3' } },
    'subgraphs/loyalty': { name: '@member-graph/loyalty', dependencies: { '@member-graph/common': '0.1.0', typeorm: '0.3.28' } },
    'subgraphs/service': { name: '@member-graph/service', dependencies: { '@member-graph/common': '0.1.0' }, devDependencies: { '@member-graph/client-app': '0.1.0' } },
    'clients/app': { name: '@member-graph/client-app', dependencies: { '@graphql-typed-document-node/core': '3.2.0' } },
  };
  const check = (file: string, text: string) => checkArchitecture([{ path: file, text }], manifests).map(format);

  test.each<[string, string, string]>([
    ['subgraphs/loyalty/src/points.service.ts', `import { x } from '@member-graph/service/src/app';`, 'another subgraph'],
    ['subgraphs/loyalty/test/points.e2e.test.ts', `import { x } from '../../customer/src/app';`, 'another subgraph'],
    ['subgraphs/service/src/a.ts', `const m = await import('../../marketing/src/app');`, 'another subgraph'],
    ['subgraphs/service/src/a.ts', `const m = require('@member-graph/loyalty');`, 'another subgraph'],
    ['common/src/db/a.ts', `import { x } from '../../../subgraphs/customer/src/app';`, 'common imports no subgraph'],
    ['common/src/db/a.ts', `import { x } from '../../../gateway/src/server';`, 'common imports no gateway'],
    ['common/test/a.test.ts', `import { startStack } from '../../scripts/stack';`, 'common imports no scripts'],
    ['gateway/src/a.ts', `import { x } from '@member-graph/customer/src/schema';`, "gateway's runtime imports no subgraph"],
    ['gateway/src/a.ts', `export { x } from '../../scripts/schema/compose';`, "gateway's runtime imports no scripts"],
    ['subgraphs/loyalty/src/a.ts', `import { DomainError } from '@member-graph/common';`, 'imported by subpath'],
    ['subgraphs/loyalty/src/a.ts', `import DataLoader from 'dataloader';`, 'dataloader is not declared in subgraphs/loyalty/package.json'],
    ['gateway/src/a.ts', `import { Pool } from 'pg';`, 'pg is not declared in gateway/package.json dependencies'],
    ['gateway/src/a.ts', `import { QueryPlanner } from '@apollo/query-planner';`, `imported only by ${FEDERATION_ADAPTER}`],
    ['gateway/src/subscriptions/bridge.ts', `import { executeQueryPlan, RemoteGraphQLDataSource } from '@apollo/gateway';`, `imported only by ${FEDERATION_ADAPTER}`],
    ['clients/app/src/a.ts', `import { DomainError } from '@member-graph/common/errors';`, 'a client SDK imports no server code (common)'],
    ['clients/app/src/a.ts', `import { x } from '../../../gateway/src/auth';`, 'a client SDK imports no server code (gateway)'],
    ['clients/app/test/a.test.ts', `import { startStack } from '../../../scripts/stack';`, 'a client SDK imports no server code (scripts)'],
    ['clients/app/src/a.ts', `import type { Coupon } from '@member-graph/marketing/src/coupon/coupon.type';`, 'a client SDK imports no server code (subgraph)'],
    ['clients/app/src/a.ts', `import { parse } from 'graphql';`, 'graphql is not declared in clients/app/package.json'],
    ['common/src/testing/a.ts', `import { MeDocument } from '@member-graph/client-app';`, 'common imports no client'],
    ['subgraphs/loyalty/test/a.e2e.test.ts', `import { CheckInDocument } from '@member-graph/client-app';`, '@member-graph/client-app is not declared in subgraphs/loyalty/package.json'],
  ])('%s: %s → %s', (file, text, rule) => {
    const found = check(file, text);
    expect(found.length).toBeGreaterThan(0);
    for (const line of found) expect(line.startsWith(`${file}: import '`)).toBe(true);
    expect(found.filter((line) => line.includes(rule))).toHaveLength(1);
  });

  test.each<[string, string]>([
    ['subgraphs/loyalty/src/a.ts', `import { DomainError } from '@member-graph/common/errors'; import { x } from './b'; import fs from 'node:fs'; import path from 'path';`],
    ['subgraphs/loyalty/test/a.e2e.test.ts', `import { useTestStack } from '../../../scripts/stack'; import { Repository } from 'typeorm';`],
    ['gateway/test/a.e2e.test.ts', `import { Pool } from 'pg'; import { startServiceSubgraph } from '../../scripts/stack';`],
    ['gateway/src/server.ts', `import { ApolloGateway } from '@apollo/gateway';`],
    [FEDERATION_ADAPTER, `import { executeQueryPlan } from '@apollo/gateway'; import { QueryPlanner } from '@apollo/query-planner';`],
    ['scripts/schema/compose.ts', `import { buildCustomerSchema } from '@member-graph/customer/src/schema';`],
    ['clients/app/src/index.ts', `import type { TypedDocumentNode } from '@graphql-typed-document-node/core'; export * from './gql/graphql';`],
    ['subgraphs/service/test/a.e2e.test.ts', `import { OpenTicketDocument } from '@member-graph/client-app';`],
  ])('%s is allowed', (file, text) => {
    expect(check(file, text)).toEqual([]);
  });

  test('imports are read from every form: import, export from, dynamic import, require, type-only', () => {
    const text = `import a from 'a'; import type { B } from 'b'; export * from 'c'; const d = require('d'); void import('e'); import 'f';`;
    expect(importsOf(text).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('a violation in one file of many is reported with its file and import', () => {
    const files: SourceFile[] = [
      { path: 'subgraphs/loyalty/src/ok.ts', text: `import { x } from './y';` },
      { path: 'subgraphs/service/src/bad.ts', text: `import { y } from './z';\nimport { points } from '../../loyalty/src/points.service';` },
    ];
    expect(checkArchitecture(files, manifests).map(format)).toEqual([
      "subgraphs/service/src/bad.ts: import '../../loyalty/src/points.service': a subgraph never imports another subgraph (service → loyalty); talk through the gateway or the bus",
    ]);
  });
});
