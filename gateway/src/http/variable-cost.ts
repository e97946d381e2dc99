import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, validate, visit, type ArgumentNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GatewayConfig } from '../config';
import { costRule } from '../limits';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The document with every `first`/`last` given as a variable replaced by the request's value (whole
 * numbers only; anything else is left for the field's own validation). The same document when none is.
 */
export function inlinePageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  let changed = false;
  const inlined = visit(document, {
    Argument(node: ArgumentNode) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables[node.value.name.value];
      if (!Number.isSafeInteger(value)) return undefined;
      changed = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return changed ? inlined : document;
}

/**
 * The cost limit with the request's variables: validation (cached per document) cannot see them, so a page
 * size passed as `$first` would count as 1 and let `customers(first: $n) { orders(first: $m) … }` through at
 * any size. Once the operation is resolved, the cost rule runs again on the document with the page sizes
 * inlined; over the limit is the same GRAPHQL_VALIDATION_FAILED refusal (HTTP 400) as a literal page size.
 * graphql-ws operations get the same check (`validateWithVariables` of the WebSocket server).
 */
export function variableCostPlugin(config: GatewayConfig): ApolloServerPlugin {
  const check = variableCostCheck(config);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const [refusal] = check(schema, document, request.variables ?? {});
          if (refusal) throw new GraphQLError(refusal.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
        },
      };
    },
  };
}

/** The cost rule over a document with the request's page sizes inlined: its refusals (none when no page size is a variable). */
export function variableCostCheck(config: GatewayConfig) {
  const rules = [costRule(config)];
  return (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): readonly GraphQLError[] => {
    const inlined = inlinePageSizes(document, variables);
    return inlined === document ? [] : validate(schema, inlined, rules);
  };
}
