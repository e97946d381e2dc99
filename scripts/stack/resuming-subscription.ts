import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A progress stream a client keeps open across gateway and subgraph failures. */
export interface ResumingSubscription<T extends { seq: number }> {
  /** Every event received, in order of arrival (across resumes). */
  readonly events: T[];
  /** The error codes of the results that ended a stream (e.g. SUBSCRIPTION_INTERRUPTED). */
  readonly interruptions: string[];
  /** How many times the client resubscribed. */
  readonly resumes: number;
  close(): Promise<void>;
}

/**
 * What a well-behaved client does with a progress stream (`returnProgress`, `ticketProgress`): it
 * subscribes over graphql-ws, and whenever the stream ends early (its socket closed because the
 * gateway went away, or the gateway reported the upstream interrupted) it opens a new socket and
 * resubscribes with `afterSeq` = the last seq it received, so the server replays what it missed.
 */
export function resumingSubscription<T extends { seq: number }>(options: {
  wsUrl: string;
  token: string;
  query: string;
  /** The variables for a (re)subscription from `afterSeq`. */
  variables: (afterSeq: number) => Record<string, unknown>;
  /** The subscription field, e.g. `returnProgress`. */
  field: string;
}): ResumingSubscription<T> {
  const events: T[] = [];
  const interruptions: string[] = [];
  let resumes = 0;
  let closed = false;
  let client: Client | undefined;
  const open = () => {
    if (closed) return;
    const current = createClient({ url: options.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${options.token}` }, retryAttempts: 0, lazy: true });
    client = current;
    let ended = false;
    const resume = () => {
      if (ended || closed) return;
      ended = true;
      resumes++;
      void current.dispose();
      setTimeout(open, 100); // a short back-off, as a client would
    };
    const afterSeq = events.length ? events[events.length - 1].seq : 0;
    current.subscribe<Record<string, T>>({ query: options.query, variables: options.variables(afterSeq) }, {
      next: (result) => {
        if (result.errors?.length) {
          interruptions.push(...result.errors.map((e) => String(e.extensions?.code ?? e.message)));
          return resume();
        }
        events.push(result.data![options.field]);
      },
      error: () => resume(),
      complete: () => resume(),
    });
  };
  open();
  return {
    events,
    interruptions,
    get resumes() {
      return resumes;
    },
    async close() {
      closed = true;
      await client?.dispose();
    },
  };
}
