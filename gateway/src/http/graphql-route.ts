import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { assignRequestId, bindRequestTrace, jsonBody, traceOf } from '@member-graph/common/server';
import { traceRequests } from '@member-graph/common/tracing';
import type { GatewayContext } from '../auth';
import type { GatewayConfig } from '../config';
import { admission } from './admission';
import { operationSizeLimit } from './operation-size';
import { trustedDocumentsRoute } from './trusted-documents';
import type { TrustedDocuments } from '../trusted-documents/trusted-documents';

/**
 * The middleware chain of the gateway's /graphql: request id first (returned as `x-request-id`),
 * admission control (a bounded number of operations at once, the rest queued), JSON body only (BAD_REQUEST as JSON otherwise), the character limit, trusted documents, then Apollo with a context
 * holding the verified actor and the request's trace (forwarded to subgraphs).
 */
export function graphqlRoute(
  config: GatewayConfig,
  apollo: ApolloServer<GatewayContext>,
  authenticate: (authorization: string | undefined) => Promise<GatewayContext>,
  trusted: TrustedDocuments,
): (RequestHandler | ErrorRequestHandler)[] {
  // the token is verified at most once per request, by whichever step needs the caller first
  const authenticateOnce = (req: Request, res: Response): Promise<GatewayContext> =>
    (res.locals.authenticated ??= authenticate(req.header('authorization'))) as Promise<GatewayContext>;
  return [
    assignRequestId,
    admission(config.admission),
    ...jsonBody('1mb'),
    operationSizeLimit(config.limits.maxChars, config.production),
    trustedDocumentsRoute(trusted, authenticateOnce),
    bindRequestTrace,
    traceRequests('gateway'),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({ ...(await authenticateOnce(req, res)), ...traceOf(res) }),
    }),
  ];
}
