/** A GraphQL error as the gateway returns it. */
export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

/** Raised when an operation answers with errors: the codes and the first message. */
export class GraphqlFailure extends Error {
  constructor(readonly codes: string[], message: string) {
    super(message);
  }
}

/** Posts one operation to this origin's /graphql with the staff token; returns its data or throws GraphqlFailure. */
export async function graphql<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphqlError[] };
  if (body.errors?.length || !body.data) {
    const errors = body.errors ?? [];
    throw new GraphqlFailure(errors.map((e) => e.extensions?.code ?? 'ERROR'), errors[0]?.message ?? `HTTP ${response.status}`);
  }
  return body.data;
}
