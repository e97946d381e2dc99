import { Counter, Histogram, type Registry } from 'prom-client';

/** How one subgraph call ended: answered without errors, answered with GraphQL errors, unavailable (refused, reset, timeout, 5xx), or failed otherwise. */
export type FetchOutcome = 'ok' | 'errors' | 'unavailable' | 'failed';

/** Times one subgraph call and counts its failure; `fetch` resolves to the subgraph's answer. */
export type FetchObserver = <T extends { errors?: readonly { extensions?: Record<string, unknown> }[] | null }>(
  subgraph: string,
  fetch: () => Promise<T>,
) => Promise<T>;

const outcomeOf = (answer: { errors?: readonly { extensions?: Record<string, unknown> }[] | null }): FetchOutcome => {
  if (!answer.errors?.length) return 'ok';
  return answer.errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE') ? 'unavailable' : 'errors';
};

/**
 * `gateway_subgraph_fetch_duration_seconds{subgraph,outcome}` and `gateway_subgraph_fetch_errors_total{subgraph,kind}`
 * (kind: unavailable or failed), both labelled by the supergraph's subgraph names only.
 */
export function subgraphFetchMetrics(registry: Registry, subgraphs: string[]): FetchObserver {
  const duration = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Gateway calls to a subgraph (HTTP), by subgraph and outcome (ok, errors, unavailable, failed)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'gateway_subgraph_fetch_errors_total',
    help: 'Gateway calls to a subgraph that got no answer: unavailable (refused, reset, timeout, 5xx) or failed (any other error)',
    labelNames: ['subgraph', 'kind'],
    registers: [registry],
  });
  for (const subgraph of subgraphs) for (const kind of ['unavailable', 'failed']) errors.inc({ subgraph, kind }, 0);
  return async (subgraph, fetch) => {
    const end = duration.startTimer({ subgraph });
    try {
      const answer = await fetch();
      const outcome = outcomeOf(answer);
      end({ outcome });
      if (outcome === 'unavailable') errors.inc({ subgraph, kind: 'unavailable' });
      return answer;
    } catch (error) {
      end({ outcome: 'failed' });
      errors.inc({ subgraph, kind: 'failed' });
      throw error;
    }
  };
}
