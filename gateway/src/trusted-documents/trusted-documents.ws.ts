import type { GraphQLError } from 'graphql';
import type { Actor } from '@member-graph/common/auth';
import type { OperationPayload, TrustedDocuments } from './trusted-documents';

/** Trusted documents on graphql-ws: the same verdict for a subscribe message (send `query: ''` with a hash). */
export function trustedDocumentsWs(trusted: TrustedDocuments) {
  return async (payload: OperationPayload & { query: string }, context: { actor: Actor | null }): Promise<string | GraphQLError> => {
    const verdict = await trusted.admit(payload, async () => context.actor);
    if (verdict && 'error' in verdict) return verdict.error;
    return verdict?.query ?? payload.query;
  };
}
