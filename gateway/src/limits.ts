import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { GatewayConfig } from './config';
import { onceOnlyMutationsRule } from './sensitive-mutations';

/** graphql-armor prefixes every refusal with "Syntax Error: ", which a well-formed operation is not. */
const withoutSyntaxPrefix = (error: GraphQLError) =>
  new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { nodes: error.nodes, extensions: error.extensions });

/** What a client (or operator) does about a cost refusal: the advice every cost message ends with. */
export const COST_ADVICE = 'select fewer nested fields, or split the operation in two; operators set the limit with MAX_QUERY_COST';

/** A cost refusal names what to change; outside production with the cost found and the limit. */
const costMessage = (error: GraphQLError, production: boolean) =>
  new GraphQLError(production ? `Query cost limit exceeded: ${COST_ADVICE}.` : `${withoutSyntaxPrefix(error).message} To fit: ${COST_ADVICE}.`, { nodes: error.nodes, extensions: error.extensions });

/**
 * Validation rules that refuse abusive operations before planning: depth, aliases, cost, and a
 * sensitive mutation at most once. In production the messages name the limit but not its numbers.
 */
export const limitRules = ({ limits, production }: GatewayConfig) => {
  // report as validation errors (GRAPHQL_VALIDATION_FAILED) instead of throwing out of validation
  const common = {
    propagateOnRejection: false,
    exposeLimits: !production,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(withoutSyntaxPrefix(error))],
  };
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, errorMessage: 'Query depth limit exceeded.', ...common }),
    maxAliasesRule({ n: limits.maxAliases, errorMessage: 'Aliases limit exceeded.', ...common }),
    costRule({ limits, production }),
    onceOnlyMutationsRule,
  ];
};

/**
 * The cost limit alone (graphql-armor's): lists multiply their cost by a literal `first`/`last`. Validation
 * sees no variables, so `variableCostPlugin` runs it again with the request's page sizes inlined.
 */
export const costRule = ({ limits, production }: Pick<GatewayConfig, 'limits' | 'production'>) =>
  costLimitRule({
    maxCost: limits.maxCost,
    ignoreIntrospection: true,
    errorMessage: 'Query cost limit exceeded.',
    propagateOnRejection: false,
    exposeLimits: !production,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(costMessage(error, production))],
  });

/** The parser's own limit (graphql-js `maxTokens`): a huge document is refused while it is read. */
export const parseOptions = ({ limits }: GatewayConfig) => ({ maxTokens: limits.maxTokens });

// graphql-js 16 writes "more that"; later versions may fix the typo
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** The message and code of a token-limit refusal: not a "Syntax Error"; without numbers in production. */
export function tokenLimitMessage(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  const match = TOKEN_LIMIT.exec(formatted.message);
  if (!match) return formatted;
  const message = production ? 'Operation token limit exceeded.' : `Operation token limit of ${match[1]} exceeded.`;
  return { message, extensions: { ...formatted.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
}
