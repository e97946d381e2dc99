import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Actor } from '@member-graph/common/auth';
import { sendGraphqlError } from '@member-graph/common/server';
import type { TrustedDocuments, OperationPayload } from '../trusted-documents/trusted-documents';

/** The request's caller, verified once per request (the route shares the verdict with Apollo's context). */
type Authenticate = (req: Request, res: Response) => Promise<{ actor: Actor | null }>;

/** A GET's operation fields, from its query string (`extensions` is JSON there). */
function getPayload(req: Request): { payload: OperationPayload; params: URLSearchParams } {
  const params = new URL(req.url, 'http://gateway').searchParams;
  let extensions: unknown;
  try {
    extensions = JSON.parse(params.get('extensions') ?? 'null');
  } catch {
    extensions = undefined;
  }
  return { payload: { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions }, params };
}

/** Puts the manifest text in place of the hash, so that Apollo runs exactly what the manifest holds. */
function substitute(req: Request, query: string, params: URLSearchParams | null) {
  if (params) {
    params.set('query', query);
    params.delete('documentId');
    params.delete('extensions');
    req.url = `${req.path}?${params.toString()}`;
    return;
  }
  const body = req.body as Record<string, unknown>;
  body.query = query;
  delete body.documentId;
  if (body.extensions && typeof body.extensions === 'object') delete (body.extensions as Record<string, unknown>).persistedQuery;
}

/** A refusal (or the authenticator's UNAUTHENTICATED) as the same JSON error Apollo would send. */
function refuse(res: Parameters<RequestHandler>[1], error: GraphQLError) {
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
  sendGraphqlError(res, status, String(error.extensions.code), error.message);
}

/**
 * Trusted documents on HTTP (README "Trusted documents"): a request naming a manifest hash runs that
 * document; with TRUSTED_DOCUMENTS on, an operation outside the manifest is refused with
 * PERSISTED_QUERY_NOT_FOUND unless the caller is staff and TRUSTED_DOCUMENTS_STAFF=any. The token is
 * verified here only for such an operation, and Apollo's context reuses that verification.
 */
export function trustedDocumentsRoute(trusted: TrustedDocuments, authenticate: Authenticate): RequestHandler {
  return (req, res, next) => {
    const fromGet = req.method === 'GET' ? getPayload(req) : null;
    const payload = fromGet?.payload ?? (req.body as OperationPayload | undefined);
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return next(); // Apollo answers malformed requests
    const actorOf = async () => (await authenticate(req, res)).actor;
    trusted.admit(payload, actorOf).then(
      (verdict) => {
        if (verdict && 'error' in verdict) return refuse(res, verdict.error);
        if (verdict) substitute(req, verdict.query, fromGet?.params ?? null);
        next();
      },
      (error: unknown) => (error instanceof GraphQLError && error.extensions.code ? refuse(res, error) : next(error)),
    );
  };
}
