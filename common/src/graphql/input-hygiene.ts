import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';

// NUL cannot be stored by Postgres (22021); a lone surrogate is not Unicode text and breaks UTF-8 encoders
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What makes a string unacceptable as input anywhere, or null when it is fine. */
export function unsafeTextProblem(text: string): string | null {
  if (NUL.test(text)) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode text)';
  return null;
}

const refuse = (field: string, problem: string) =>
  new GraphQLError(`${field} ${problem}`, { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } });

/**
 * The first unacceptable string in an operation's variables (walked through objects and lists), as a
 * BAD_USER_INPUT error naming its path (e.g. `$input.profile.name`), or null. Object keys are checked too.
 */
export function checkVariables(variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  const walk = (value: unknown, at: string): GraphQLError | null => {
    if (typeof value === 'string') {
      const problem = unsafeTextProblem(value);
      return problem ? refuse(at, problem) : null;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = walk(value[i], `${at}[${i}]`);
        if (found) return found;
      }
      return null;
    }
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const found = unsafeTextProblem(key) ? refuse(at, 'has a key with forbidden characters') : walk(inner, `${at}.${key}`);
        if (found) return found;
      }
    }
    return null;
  };
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = walk(value, `$${name}`);
    if (found) return found;
  }
  return null;
}

/** The first unacceptable string literal written in the operation itself, named by its argument path. */
function checkLiterals(document: DocumentNode): GraphQLError | null {
  const names: string[] = [];
  let found: GraphQLError | null = null;
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      const problem = unsafeTextProblem(node.value);
      if (problem && !found) found = refuse(names.join('.') || 'a string literal', problem);
      return found ? BREAK : undefined;
    },
  });
  return found;
}

/**
 * Input hygiene in one place, for every operation over HTTP and WebSocket: a NUL byte or a lone
 * surrogate anywhere in a string argument (literal or variable) is BAD_USER_INPUT naming the field,
 * before anything is planned or stored.
 */
export const checkOperationInput = (document: DocumentNode, variables: Record<string, unknown> | null | undefined) =>
  checkLiterals(document) ?? checkVariables(variables);
