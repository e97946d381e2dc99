import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from './domain-error';
import { UNAVAILABLE_MESSAGE, isDependencyUnavailable } from './unavailable';
import { requestId } from '../server/request-id';
import { log as logger } from '../log';

type Logger = (error: unknown) => void;

function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** Adds the id of the request being served (when there is one) to an error's extensions. */
function withRequestId(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const id = requestId();
  return id ? { ...formatted, extensions: { ...formatted.extensions, requestId: id } } : formatted;
}

/**
 * The one error formatter of every server: domain errors keep their code and message; validation
 * errors become BAD_USER_INPUT with the failing fields; a dependency that cannot answer (pool wait,
 * database restart, network) becomes SERVICE_UNAVAILABLE with `retryable: true`; anything unexpected
 * becomes INTERNAL_SERVER_ERROR with no stack, SQL, host or PII (it is logged server-side instead).
 * Inside a request every error also carries `extensions.requestId`.
 */
export function createFormatError(options: { log?: Logger; production?: boolean; part?: string } = {}) {
  const format = formatErrorBody(options);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => withRequestId(format(formatted, error));
}

function formatErrorBody(options: { log?: Logger; production?: boolean; part?: string }) {
  // once per error, with the request id (the logger's context); type, code, masked message and code locations only
  const log = options.log ?? ((e: unknown) => logger(options.part).error({ err: e }, 'unexpected error; answered INTERNAL_SERVER_ERROR'));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors.map((v) => ({
        field: v.property,
        problems: Object.values(v.constraints ?? {}),
      }));
      return { ...base, message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } };
    }
    // Kept with their code (stack dropped): GraphQL's own request errors (parse, validation,
    // variables), and errors a subgraph already formatted that the gateway relays (plain objects).
    const code = formatted.extensions?.code;
    const requestError = code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED';
    const relayed = original !== undefined && original !== null && !(original instanceof Error);
    if ((original instanceof GraphQLError || requestError || relayed) && typeof code === 'string') {
      const { stacktrace: _stack, response: _response, exception: _exception, ...rest } = formatted.extensions as Record<string, unknown>;
      // with introspection off, "Did you mean …?" would still reveal the schema field by field
      const message = options.production ? base.message.replace(/ Did you mean .*\?$/, '') : base.message;
      return { ...base, message, extensions: rest };
    }
    if (isDependencyUnavailable(original ?? error)) {
      logger(options.part).warn({ err: original ?? error }, 'a dependency did not answer in time; answered SERVICE_UNAVAILABLE');
      return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } };
    }
    log(original ?? error);
    // which subgraph failed (set by the gateway) helps clients degrade gracefully and reveals nothing
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof serviceName === 'string' ? { serviceName } : {}) },
    };
  };
}
