import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { GraphQLError, parse, type ParseOptions } from 'graphql';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { isStaff, type Actor } from '@member-graph/common/auth';
import type { TrustedDocumentsConfig } from './trusted-documents.config';

/** What a client sent: a document, and/or a manifest hash (`documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`). */
export interface OperationPayload {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/** The verdict on one operation: run this document text, or refuse with this error. */
export type Admission = { query: string } | { error: GraphQLError };

export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The manifest's hash of a document: sha256 of its normalised print, as the codegen client preset computes it. */
export function manifestHashOf(query: string, parseOptions?: ParseOptions): string | null {
  try {
    return sha256(printExecutableGraphQLDocument(parse(query, parseOptions)));
  } catch {
    return null; // unparsable: not in any manifest (Apollo reports the syntax error when it may run)
  }
}

/** The hash a request names, if any. */
function requestedHash(payload: OperationPayload): string | null {
  if (typeof payload.documentId === 'string' && payload.documentId) return payload.documentId.replace(/^sha256:/, '');
  const persisted = (payload.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

const notFound = (message: string) => ({ error: new GraphQLError(message, { extensions: { code: PERSISTED_QUERY_NOT_FOUND, http: { status: 400 } } }) });

/**
 * Trusted documents: the operations of the app SDK's manifest (hash → document). A request names one by
 * hash or sends its full text; either way the text the manifest holds is what runs. Staff may send other
 * operations when the policy allows; everyone else gets PERSISTED_QUERY_NOT_FOUND.
 */
export class TrustedDocuments {
  private readonly documents: ReadonlyMap<string, string>;

  constructor(
    manifest: Record<string, string>,
    private readonly config: Pick<TrustedDocumentsConfig, 'enabled' | 'staff'>,
    private readonly parseOptions?: ParseOptions,
  ) {
    this.documents = new Map(Object.entries(manifest));
  }

  /** Reads the manifest; without it the gateway does not start when enforcing (off: SDK hashes simply do not resolve). */
  static load(config: TrustedDocumentsConfig, parseOptions?: ParseOptions): TrustedDocuments {
    if (!existsSync(config.manifestPath)) {
      if (config.enabled) throw new Error(`Invalid configuration:\n  TRUSTED_DOCUMENTS is on but the manifest ${config.manifestPath} does not exist (npm run codegen writes it; TRUSTED_DOCUMENTS_MANIFEST names another)`);
      return new TrustedDocuments({}, config, parseOptions);
    }
    return new TrustedDocuments(JSON.parse(readFileSync(config.manifestPath, 'utf8')) as Record<string, string>, config, parseOptions);
  }

  /** The manifest text a hash-only request names (null: it carries its own text, or names no listed hash). */
  documentOf(payload: OperationPayload): string | null {
    const hash = requestedHash(payload);
    return hash && !hasText(payload) ? (this.documents.get(hash) ?? null) : null;
  }

  /** True when a full document's normalised hash is in the manifest. */
  private listed(query: string): boolean {
    const hash = manifestHashOf(query, this.parseOptions);
    return hash !== null && this.documents.has(hash);
  }

  /** Whether `actor` may run an operation outside the manifest. */
  private mayRunAny(actor: Actor | null): boolean {
    return this.config.staff === 'any' && isStaff(actor);
  }

  /**
   * The verdict on one operation: `{ query }` to run the manifest text a hash names, an error to refuse,
   * null to let it through as sent. `actorOf` is called only for an operation outside the manifest.
   */
  async admit(payload: OperationPayload, actorOf: () => Promise<Actor | null>): Promise<Admission | null> {
    const named = this.documentOf(payload);
    if (named) return { query: named };
    if (!this.config.enabled) return null; // off: anything goes (a hash-only request is then Apollo's automatic persisted query)
    const hash = requestedHash(payload);
    if (!hasText(payload)) {
      return notFound(hash ? `No trusted document has the hash ${hash}: update the app SDK (npm run codegen) or send one of its operations` : 'Send an operation of the app SDK by its hash (documentId) or its full text');
    }
    if (this.listed(payload.query as string) || this.mayRunAny(await actorOf())) return null;
    return notFound('This operation is not a trusted document: here customers may run only the operations of the app SDK (clients/app), by hash or full text');
  }
}

const hasText = (payload: OperationPayload) => typeof payload.query === 'string' && payload.query.length > 0;
