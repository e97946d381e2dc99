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

/** Reads a manifest file (hash → document); a missing optional one is empty. */
function readManifest(file: string, required: boolean): Record<string, string> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  if (required) throw new Error(`Invalid configuration:\n  TRUSTED_DOCUMENTS is on but the manifest ${file} does not exist (npm run codegen writes it; TRUSTED_DOCUMENTS_MANIFEST names another)`);
  return {};
}

/**
 * Trusted documents: the operations of the app SDK's manifest (hash → document), and for staff those of
 * the staff SDK's. A request names one by hash or sends its full text; either way the text the manifest
 * holds is what runs. Staff may send other operations when the policy allows; everyone else gets
 * PERSISTED_QUERY_NOT_FOUND.
 */
export class TrustedDocuments {
  private readonly documents: ReadonlyMap<string, string>;
  private readonly staffDocuments: ReadonlyMap<string, string>;

  constructor(
    manifest: Record<string, string>,
    private readonly config: Pick<TrustedDocumentsConfig, 'enabled' | 'staff'>,
    private readonly parseOptions?: ParseOptions,
    staffManifest: Record<string, string> = {},
  ) {
    this.documents = new Map(Object.entries(manifest));
    this.staffDocuments = new Map(Object.entries(staffManifest));
  }

  /** Reads the manifests; without the app's the gateway does not start when enforcing (off: SDK hashes simply do not resolve). */
  static load(config: TrustedDocumentsConfig, parseOptions?: ParseOptions): TrustedDocuments {
    return new TrustedDocuments(readManifest(config.manifestPath, config.enabled), config, parseOptions, readManifest(config.staffManifestPath, false));
  }

  /** True when a full document's normalised hash is in `documents`. */
  private listed(query: string, documents: ReadonlyMap<string, string>): boolean {
    const hash = manifestHashOf(query, this.parseOptions);
    return hash !== null && documents.has(hash);
  }

  /** Whether a staff `actor` may run this text: any with TRUSTED_DOCUMENTS_STAFF=any, else the staff or app manifest's. */
  private staffMayRun(query: string, actor: Actor | null): boolean {
    return isStaff(actor) && (this.config.staff === 'any' || this.listed(query, this.staffDocuments));
  }

  /** The text a hash-only request names: the app manifest's for anyone, the staff manifest's for staff. */
  private async textOf(hash: string | null, actorOf: () => Promise<Actor | null>): Promise<string | null> {
    if (!hash) return null;
    const app = this.documents.get(hash);
    if (app) return app;
    const staff = this.staffDocuments.get(hash);
    return staff && isStaff(await actorOf()) ? staff : null;
  }

  /**
   * The verdict on one operation: `{ query }` to run the manifest text a hash names, an error to refuse,
   * null to let it through as sent. `actorOf` is called only for an operation outside the app manifest.
   */
  async admit(payload: OperationPayload, actorOf: () => Promise<Actor | null>): Promise<Admission | null> {
    const hash = requestedHash(payload);
    if (!hasText(payload)) {
      const text = await this.textOf(hash, actorOf);
      if (text) return { query: text };
      if (!this.config.enabled) return null; // off: a hash-only request is then Apollo's automatic persisted query
      return notFound(hash ? `No trusted document has the hash ${hash}: update the SDK (npm run codegen) or send one of its operations` : 'Send an operation of the app SDK by its hash (documentId) or its full text');
    }
    const query = payload.query as string;
    if (!this.config.enabled || this.listed(query, this.documents) || this.staffMayRun(query, await actorOf())) return null;
    return notFound('This operation is not a trusted document: here customers may run only the operations of the app SDK (clients/app), by hash or full text');
  }
}

const hasText = (payload: OperationPayload) => typeof payload.query === 'string' && payload.query.length > 0;
