import 'reflect-metadata';
import { parse, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

/** The federation version and directives every subgraph imports. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

/** `__resolveReference` per entity type name; these cannot live on type-graphql classes. */
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, context: any, info: any) => unknown }>;

export interface FederatedSchemaOptions extends Omit<BuildSchemaOptions, 'skipCheck'> {
  references?: ReferenceResolvers;
}

/**
 * type-graphql classes → a federation v2 subgraph schema: build without checks, print with the
 * directives (sorted, so the emitted SDL is stable), prepend the @link, and hand SDL plus the
 * resolver map (merged with the reference resolvers) to buildSubgraphSchema in its array form.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const { references = {}, ...rest } = options;
  const built = await buildSchema({ validate: { forbidUnknownValues: false }, ...rest, skipCheck: true });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(built))}`;
  const resolvers = createResolversMap(built) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<unknown>[string];
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  return { schema, sdl };
}
