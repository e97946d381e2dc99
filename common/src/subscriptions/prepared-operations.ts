import { LRUCache } from 'lru-cache';
import { parse, validate, GraphQLError, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';

/** A parsed operation (`known`: validated before), or why it does not parse. */
export type Parsed = { document: DocumentNode; known: boolean; errors?: undefined } | { document?: undefined; known?: undefined; errors: GraphQLError[] };

/**
 * Subscription documents by their text, parsed and validated once: ten thousand clients subscribing
 * with the same operation cost one parse and one validation, and share one document object (which lets
 * the gateway's bridge reuse its query plan). Only documents that passed validation are kept, so junk
 * cannot push them out; at most `max` of them, least recently used dropped first.
 */
export class PreparedOperations {
  private readonly valid: LRUCache<string, DocumentNode>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly parseOptions?: ParseOptions,
    max = 1000,
  ) {
    this.valid = new LRUCache({ max });
  }

  /** The parsed document of `query` and whether it is known valid, or the parse error. */
  parse(query: string): Parsed {
    const known = this.valid.get(query);
    if (known) return { document: known, known: true };
    try {
      return { document: parse(query, this.parseOptions), known: false };
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'Could not parse the operation';
      return { errors: [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
    }
  }

  /** Validates a document `parse` answered (unless known valid) and remembers it when it passes. */
  validate(query: string, document: DocumentNode, known: boolean): GraphQLError[] {
    if (known) return [];
    const invalid = validate(this.schema, document, this.rules);
    if (invalid.length) return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
    this.valid.set(query, document);
    return [];
  }
}
