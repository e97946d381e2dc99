import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { GatewayConfig } from './config';

/** Validation rules that refuse abusive operations before planning: depth, aliases, cost. */
export const limitRules = ({ limits }: GatewayConfig) => {
  // report as validation errors (GRAPHQL_VALIDATION_FAILED) instead of throwing out of validation
  const common = {
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...common }),
    maxAliasesRule({ n: limits.maxAliases, ...common }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...common }),
  ];
};
