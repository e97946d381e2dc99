import { Gauge, type Registry } from 'prom-client';

const readyUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/ready');

/** Asks every subgraph's `/ready` (2 s each, in parallel): name → answered 200. */
export async function probeSubgraphs(urls: Record<string, string>): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const ok = await fetch(readyUrl(url), { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
      return [name, ok] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * `gateway_subgraph_up{subgraph}`: 1 when the subgraph's /ready answers, probed at scrape time. A
 * subgraph being down is reported here and on the gateway's /ready, never a reason to leave the pool.
 */
export function registerSubgraphUpGauge(registry: Registry, urls: Record<string, string>) {
  new Gauge({
    name: 'gateway_subgraph_up',
    help: 'Whether the gateway reaches the subgraph (its /ready answers 200)',
    labelNames: ['subgraph'],
    registers: [registry],
    async collect() {
      for (const [subgraph, up] of Object.entries(await probeSubgraphs(urls))) this.set({ subgraph }, up ? 1 : 0);
    },
  });
}
