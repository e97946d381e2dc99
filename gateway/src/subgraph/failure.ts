import { Kind, getOperationAST, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { errorChain, NETWORK_ERROR_CODES, UNAVAILABLE_MESSAGE } from '@member-graph/common/errors';

/** Marks a subgraph answer of 5xx (and timeouts): unavailable, retryable by the client. */
export class SubgraphUnavailable extends Error {
  override name = 'SubgraphUnavailable';
}

/** The subgraph closed a connection we sent on (a keep-alive socket it had just closed): safe to resend a query. */
export function isConnectionReset(error: unknown): boolean {
  for (const e of errorChain(error)) {
    if (e.code === 'ECONNRESET' || e.code === 'UND_ERR_SOCKET' || e.code === 'EPIPE') return true;
    if (typeof e.message === 'string' && /socket hang up|other side closed/i.test(e.message)) return true;
  }
  return false;
}

/** Refused, reset, unreachable, timed out or 5xx: the client gets SERVICE_UNAVAILABLE (retryable), not a 500. */
export function isSubgraphUnavailable(error: unknown): boolean {
  for (const e of errorChain(error)) {
    if (e instanceof SubgraphUnavailable || e.name === 'TimeoutError' || e.name === 'AbortError') return true;
    if (typeof e.code === 'string' && NETWORK_ERROR_CODES.has(e.code)) return true;
  }
  return isConnectionReset(error);
}

/** The operation sent to a subgraph is a query (never retry a mutation: it may have been applied). */
export function isQuery(query: string, document: DocumentNode | undefined, operationName?: string | null): boolean {
  try {
    return getOperationAST(document ?? parse(query), operationName ?? undefined)?.operation === 'query';
  } catch {
    return false;
  }
}

/** Response keys selected at the top of `set`, through inline fragments and fragment spreads. */
function responseKeys(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === '__typename' ? [] : [s.alias?.value ?? s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return responseKeys(s.selectionSet, fragments);
    const fragment = fragments.get(s.name.value);
    return fragment ? responseKeys(fragment.selectionSet, fragments) : [];
  });
}

/**
 * The paths, relative to the subgraph operation, of the fields a failed fetch leaves missing: the
 * root fields of a root fetch, or each entity's fields (`_entities.<i>.<field>`) of an entity fetch;
 * the gateway turns these into paths of the client's operation.
 */
export function missingPaths(query: string, document: DocumentNode | undefined, variables: Record<string, unknown> | undefined): (string | number)[][] {
  let doc: DocumentNode;
  try {
    doc = document ?? parse(query);
  } catch {
    return [];
  }
  const operation = getOperationAST(doc);
  if (!operation) return [];
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return responseKeys(operation.selectionSet, fragments).map((key) => [key]);
  const count = Array.isArray(variables?.representations) ? variables.representations.length : 0;
  const fields = [...new Set(responseKeys(entities.selectionSet, fragments))];
  return Array.from({ length: count }, (_, i) => fields.map((f) => ['_entities', i, f])).flat();
}

/** A subgraph answer standing for a failed fetch: no data, one SERVICE_UNAVAILABLE error per missing field. */
export function unavailableResponse(serviceName: string, paths: (string | number)[][]) {
  const extensions = { code: 'SERVICE_UNAVAILABLE', retryable: true, serviceName };
  const errors = paths.length ? paths.map((path) => ({ message: UNAVAILABLE_MESSAGE, path, extensions })) : [{ message: UNAVAILABLE_MESSAGE, extensions }];
  return { data: null, errors };
}
