import type { GraphQLFormattedError } from 'graphql';
import { createFormatError } from '@member-graph/common/errors';
import type { GatewayConfig } from '../config';
import { tokenLimitMessage } from '../limits';

/** The shared formatter (codes, requestId, SERVICE_UNAVAILABLE, masking) plus the gateway's limit wording. */
export function gatewayFormatError(config: GatewayConfig) {
  const format = createFormatError({ production: config.production, part: 'gateway' });
  return (formatted: GraphQLFormattedError, error: unknown) => tokenLimitMessage(format(formatted, error), config.production);
}
