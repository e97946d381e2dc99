import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { GatewayConfig } from './config';

/** Validation rules that refuse abusive operations before planning: depth, aliases, cost. */
export const limitRules = ({ limits }: GatewayConfig) => [
  maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true }),
  maxAliasesRule({ n: limits.maxAliases }),
  costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true }),
];
