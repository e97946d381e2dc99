import { createTestDatabase, dataOf, errorCodes, graphql, testDatabasesAreMigrated, type GraphQLResponse } from '@member-graph/common/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startStack, type Stack, type StackOptions } from './start-stack';

/** An operation: a query string, or a typed document of an SDK (clients/*) whose result type it carries. */
export type Operation<T> = string | TypedDocumentNode<T, any>;

/** A token per staff role (sub `<role>-1`). */
export type Tokens = Record<'system' | 'admin' | 'agent' | 'marketer', string>;

/** What a test file gets: its stack on its own database, staff tokens and gateway helpers. */
export interface TestStack {
  stack: Stack;
  /** The file's database (for a second process on it). */
  url: string;
  tokens: Tokens;
  /** Posts an operation to the gateway. */
  gql<T = any>(query: Operation<T>, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Posts through the gateway and returns the data, failing the test on errors. */
  ok<T = any>(query: Operation<T>, variables: Record<string, unknown>, token: string): Promise<T>;
  /** Posts through the gateway and returns the error codes. */
  codes(query: Operation<unknown>, variables: Record<string, unknown>, token: string): Promise<unknown[]>;
  settle(): Promise<void>;
  /** Registers cleanup that must run before the stack stops and the database is dropped. */
  beforeStop(fn: () => Promise<unknown> | unknown): void;
  stop(): Promise<void>;
}

export type TestStackOptions = Partial<Omit<StackOptions, 'databaseUrl' | 'ports'>>;

/**
 * The test gateway's fetch timeout to every subgraph and its admission queue wait, unless the file sets
 * its own (`gatewayEnv`): hang guards, not the production 10 s and 60 s, so a heavy request (a model
 * refit, a burst of claims) on a busy machine is not cut off as SERVICE_UNAVAILABLE. Tests of those
 * limits set theirs.
 */
const TEST_GATEWAY_ENV = { SUBGRAPH_TIMEOUT_MS: '300000', OPERATION_QUEUE_WAIT_MS: '300000' };

/**
 * Gives a test file its own database (a clone of the run's migrated template) and a stack of the
 * subgraphs it needs on random ports (relays and consumers driven by `settle()` unless `background`).
 */
export async function startTestStack(label: string, options: TestStackOptions = {}): Promise<TestStack> {
  const db = await createTestDatabase(label);
  let stack: Stack;
  try {
    const gatewayEnv = { ...TEST_GATEWAY_ENV, ...options.gatewayEnv };
    stack = await startStack({ databaseUrl: db.url, ports: 'random', background: false, migrate: !testDatabasesAreMigrated(), ...options, gatewayEnv });
  } catch (error) {
    await db.drop();
    throw error;
  }
  const tokens = {} as Tokens;
  for (const role of ['system', 'admin', 'agent', 'marketer'] as const) tokens[role] = await stack.token(role, `${role}-1`);
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const gql = <T>(query: Operation<T>, variables?: Record<string, unknown>, token?: string) => graphql<T>(stack.gateway.url, query, variables, { token });
  return {
    stack,
    url: db.url,
    tokens,
    gql,
    ok: async (query, variables, token) => dataOf(await gql(query, variables, token)),
    codes: async (query, variables, token) => errorCodes(await gql(query, variables, token)),
    settle: () => stack.settle(),
    beforeStop: (fn) => void cleanups.push(fn),
    async stop() {
      for (const fn of cleanups.reverse()) await fn();
      await stack.stop();
      await db.drop();
    },
  };
}

/**
 * For e2e test files: registers beforeAll/afterAll around `startTestStack`. The handle's fields are
 * filled in beforeAll: read them inside tests or later hooks.
 */
export function useTestStack(label: string, options: TestStackOptions = {}): TestStack {
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const handle = { beforeStop: (fn: () => Promise<unknown> | unknown) => void cleanups.push(fn) } as TestStack;
  let started: TestStack | undefined;
  beforeAll(async () => {
    started = await startTestStack(label, options);
    for (const fn of cleanups) started.beforeStop(fn);
    Object.assign(handle, started, { beforeStop: started.beforeStop });
  });
  afterAll(async () => {
    await started?.stop();
    // jest holds a file's tests, and so this handle, until its jest file ends: in a group (runE2eGroup)
    // that is after every later file, so let go of the stopped stack (~20 MB) instead of keeping them all
    started = undefined;
    for (const key of Object.keys(handle)) delete (handle as Partial<TestStack>)[key as keyof TestStack];
  });
  return handle;
}
