import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { printSchema } from 'graphql';
import { DEFAULT_PORTS } from '@member-graph/common/config';
import { buildCustomerSchema } from '@member-graph/customer/src/schema';
import { buildLoyaltySchema } from '@member-graph/loyalty/src/schema';
import { buildServiceSchema } from '@member-graph/service/src/schema';
import { buildMarketingSchema } from '@member-graph/marketing/src/schema';

/** How to build each subgraph's SDL without a database. */
const BUILDERS: Record<string, () => Promise<{ sdl: string }>> = {
  customer: buildCustomerSchema,
  loyalty: buildLoyaltySchema,
  service: buildServiceSchema,
  marketing: buildMarketingSchema,
};

/** Composed output: each subgraph's SDL, the supergraph, and the client-facing API schema. */
export interface Composition {
  subgraphs: Record<string, string>;
  supergraph: string;
  apiSchema: string;
}

/** Builds every subgraph schema in-process and composes them with @apollo/composition. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs: Record<string, string> = {};
  for (const [name, build] of Object.entries(BUILDERS)) subgraphs[name] = (await build()).sdl;
  const result = composeServices(
    Object.entries(subgraphs).map(([name, sdl]) => ({
      name,
      typeDefs: parse(sdl),
      url: `http://127.0.0.1:${DEFAULT_PORTS[name as keyof typeof DEFAULT_PORTS]}/graphql`,
    })),
  );
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  return {
    subgraphs,
    supergraph: `${result.supergraphSdl.trim()}\n`,
    apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
  };
}
